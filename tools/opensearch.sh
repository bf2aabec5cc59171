#!/usr/bin/env bash
# Starts, stops and reports a local OpenSearch for wjw-search's tests and trials: Maven Central's
# integ-test distribution plus the analysis plugins the index mapping needs, on 127.0.0.1 only.
#
#   tools/opensearch.sh start  [options]   download once, assemble plugins, start, wait for yellow, print the URL
#   tools/opensearch.sh status [options]   each node's pid, port and state, and the cluster's health
#   tools/opensearch.sh stop   [options]   stop the nodes (all, or --node NAME)
#
# Options:
#   --port N            HTTP port of the first node (default 9200); node i listens on N+i-1
#   --transport-port N  transport port of the first node (default 9300); node i uses N+i-1
#   --nodes N           number of nodes in the cluster, all on 127.0.0.1 (default 1)
#   --managers N        only nodes 1..N may be cluster manager, the others hold data only (default: all).
#                       The failover test uses --nodes 2 --managers 1: stopping the data-only node leaves the
#                       manager its quorum (two manager-eligible nodes cannot lose either and keep one)
#   --name NAME         node name prefix: nodes are NAME-1 … NAME-N (default wjw)
#   --cluster NAME      cluster name (default wjw-search)
#   --data DIR          where each node keeps its config, data and logs (default CACHE/run)
#   --heap SIZE         heap of each node, -Xms and -Xmx (default 1g)
#   --node NAME         stop: only this node (e.g. wjw-2); the failover test stops one node this way
#   --timeout SECONDS   how long start waits for the cluster (default 180)
# Environment:
#   WJW_OPENSEARCH_CACHE  download and install cache (default ~/.cache/wjw-search; /var/cache/wjw-search
#                         as root, because the non-root user that runs OpenSearch cannot enter /root)
#   OPENSEARCH_JAVA_HOME, JAVA_HOME  the JDK (21 or newer) that runs OpenSearch
#
# Everything comes from Maven Central: OpenSearch publishes the integ-test zip (no security plugin,
# no bundled JDK) and its plugins as jars only, so each plugin folder is assembled here from the
# plugin jar, the Lucene jars it needs (the exact version in the zip's lib/) and a descriptor.
# OpenSearch refuses to run as root: as root this script creates the user wjw-opensearch and runs
# the nodes as that user.
set -euo pipefail

OPENSEARCH_VERSION=3.8.0
MAVEN_CENTRAL=https://repo.maven.apache.org/maven2
RUN_USER=wjw-opensearch

# The plugins, one place. Each line: folder name | plugin class | Maven coordinates of its jars
# (space-separated; LUCENE stands for the Lucene version the zip ships).
# No ICU plugin: traditional characters are folded by a mapping char filter declared in the index settings
# (docs/opensearch.md); org.opensearch.plugin:analysis-icu is not on Maven Central anyway.
PLUGINS=(
  "analysis-smartcn|org.opensearch.plugin.analysis.smartcn.AnalysisSmartChinesePlugin|org.opensearch.plugin:analysis-smartcn:$OPENSEARCH_VERSION org.apache.lucene:lucene-analysis-smartcn:LUCENE"
)

say() { echo "opensearch.sh: $*" >&2; }
die() { say "$*"; exit 1; }

command=${1:-}
[ $# -gt 0 ] && shift
port=9200 transport_port=9300 nodes=1 managers="" name=wjw cluster=wjw-search data="" heap=1g only="" timeout=180
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=${2:?--port needs a number}; shift 2 ;;
    --transport-port) transport_port=${2:?--transport-port needs a number}; shift 2 ;;
    --nodes) nodes=${2:?--nodes needs a number}; shift 2 ;;
    --managers) managers=${2:?--managers needs a number}; shift 2 ;;
    --name) name=${2:?--name needs a name}; shift 2 ;;
    --cluster) cluster=${2:?--cluster needs a name}; shift 2 ;;
    --data) data=${2:?--data needs a directory}; shift 2 ;;
    --heap) heap=${2:?--heap needs a size such as 1g}; shift 2 ;;
    --node) only=${2:?--node needs a node name}; shift 2 ;;
    --timeout) timeout=${2:?--timeout needs seconds}; shift 2 ;;
    *) die "unknown option '$1' (see the comment at the top of $0)" ;;
  esac
done
managers=${managers:-$nodes}
for number in "$port" "$transport_port" "$nodes" "$managers" "$timeout"; do
  [[ "$number" =~ ^[0-9]+$ ]] || die "'$number' is not a number"
done
[ "$managers" -ge 1 ] && [ "$managers" -le "$nodes" ] || die "--managers must be between 1 and --nodes ($nodes)"
[[ "$heap" =~ ^[0-9]+[mMgG]$ ]] || die "--heap '$heap' is not a size such as 512m or 1g"

if [ "$(id -u)" = 0 ]; then default_cache=/var/cache/wjw-search; else default_cache=${XDG_CACHE_HOME:-$HOME/.cache}/wjw-search; fi
cache=${WJW_OPENSEARCH_CACHE:-$default_cache}
home=$cache/opensearch-$OPENSEARCH_VERSION
data=$(realpath -m "${data:-$cache/run}") # absolute: OpenSearch resolves relative paths against its install

# --- download and assembly -------------------------------------------------------------------

# Maven coordinates group:artifact:version[:extension] -> file in the cache, checked against Central's sha1.
fetch() {
  local group artifact version ext
  IFS=: read -r group artifact version ext <<<"$1"
  ext=${ext:-jar}
  local file=$cache/downloads/$artifact-$version.$ext
  if [ ! -s "$file" ]; then
    local url=$MAVEN_CENTRAL/${group//.//}/$artifact/$version/$artifact-$version.$ext
    say "downloading $url"
    mkdir -p "$cache/downloads"
    curl -fsSL --retry 3 -o "$file.part" "$url" || die "could not download $url"
    local want got
    want=$(curl -fsSL --retry 3 "$url.sha1" | cut -c1-40) || die "could not download $url.sha1"
    got=$(sha1sum "$file.part" | cut -c1-40)
    [ "$want" = "$got" ] || { rm -f "$file.part"; die "$url: sha1 $got, Maven Central says $want"; }
    mv "$file.part" "$file"
  fi
  echo "$file"
}

# Unpacks the zip and assembles every plugin of PLUGINS into a fresh directory, then moves it into
# place, so an interrupted assembly never leaves a half-built install.
install() {
  local marker=$home/.wjw-plugins
  [ -f "$marker" ] && [ "$(cat "$marker")" = "${PLUGINS[*]}" ] && return 0
  local zip; zip=$(fetch "org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip")
  local work=$cache/assembling.$$
  rm -rf "$work"; mkdir -p "$work"
  unzip -q "$zip" -d "$work"
  local unpacked=$work/opensearch-$OPENSEARCH_VERSION
  local lucene; lucene=$(basename "$unpacked"/lib/lucene-core-*.jar .jar); lucene=${lucene#lucene-core-}
  local java_version; java_version=$(sed -n 's/^java.version=//p' "$unpacked/modules/analysis-common/plugin-descriptor.properties")
  local plugin folder class coordinates coordinate
  for plugin in "${PLUGINS[@]}"; do
    IFS='|' read -r folder class coordinates <<<"$plugin"
    mkdir -p "$unpacked/plugins/$folder"
    for coordinate in $coordinates; do
      cp "$(fetch "${coordinate//LUCENE/$lucene}")" "$unpacked/plugins/$folder/"
    done
    cat >"$unpacked/plugins/$folder/plugin-descriptor.properties" <<EOF
# Assembled by tools/opensearch.sh from Maven Central jars (no plugin zip is published).
name=$folder
description=OpenSearch $folder plugin (Lucene $lucene)
version=$OPENSEARCH_VERSION
opensearch.version=$OPENSEARCH_VERSION
java.version=$java_version
classname=$class
custom.foldername=$folder
extended.plugins=
has.native.controller=false
EOF
  done
  echo "${PLUGINS[*]}" >"$unpacked/.wjw-plugins"
  chmod -R a+rX "$unpacked"
  rm -rf "$home"
  mv "$unpacked" "$home"
  rm -rf "$work"
  say "installed OpenSearch $OPENSEARCH_VERSION (Lucene $lucene) with ${#PLUGINS[@]} plugin(s) in $home"
}

# --- nodes ---------------------------------------------------------------------------------------

java_home() {
  local candidate=${OPENSEARCH_JAVA_HOME:-${JAVA_HOME:-}}
  if [ -z "$candidate" ] && command -v java >/dev/null; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || die "no JDK found: set OPENSEARCH_JAVA_HOME or JAVA_HOME to a JDK 21 or newer"
  local major; major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
  [[ "$major" =~ ^[0-9]+$ ]] && [ "$major" -ge 21 ] || die "OpenSearch $OPENSEARCH_VERSION needs Java 21 or newer; $candidate is Java $major (set OPENSEARCH_JAVA_HOME)"
  echo "$candidate"
}

exec_as_run_user() { # becomes "$@" run as the user that owns the nodes: ourselves, or RUN_USER when we are root
  if [ "$(id -u)" = 0 ]; then exec runuser -u "$RUN_USER" -- "$@"; else exec "$@"; fi
}

ensure_run_user() {
  [ "$(id -u)" = 0 ] || return 0
  id "$RUN_USER" >/dev/null 2>&1 && return 0
  say "running as root: creating the user $RUN_USER (OpenSearch refuses to run as root)"
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$RUN_USER" \
    || die "could not create the user $RUN_USER; create a non-root user and run this script as that user"
}

node_pid() { # prints the pid of node directory $1 while it runs (its launcher's until the node writes its pid file), or nothing
  local pid file
  for file in "$1/opensearch.pid" "$1/launcher.pid"; do
    pid=$(cat "$file" 2>/dev/null) || continue
    # Alive and still ours: a stale pid file whose number went to another process does not count.
    if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$1/"; then
      echo "$pid"
      return 0
    fi
  done
  return 0
}

seed_hosts() {
  local i hosts=""
  for ((i = 0; i < nodes; i++)); do hosts+="${hosts:+, }127.0.0.1:$((transport_port + i))"; done
  echo "[$hosts]"
}

manager_nodes() {
  local i names=""
  for ((i = 1; i <= managers; i++)); do names+="${names:+, }$name-$i"; done
  echo "[$names]"
}

# Writes node $1's own config directory: the distribution's config with every path made absolute and
# pointing into the node's directory, so nodes share one read-only install.
configure_node() {
  local index=$1 dir=$data/$name-$1
  mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
  rm -rf "$dir/config"; cp -r "$home/config" "$dir/config"
  sed -i -e "s|^-Xms.*|-Xms$heap|" -e "s|^-Xmx.*|-Xmx$heap|" \
    -e "s|file=logs/gc.log|file=$dir/logs/gc.log|" -e "s|ErrorFile=logs/|ErrorFile=$dir/logs/|" \
    -e "s|HeapDumpPath=data|HeapDumpPath=$dir/data|" -e "s|-javaagent:agent/|-javaagent:$home/agent/|" \
    "$dir/config/jvm.options"
  {
    echo "# Written by tools/opensearch.sh; rewritten on every start."
    echo "cluster.name: $cluster"
    echo "node.name: $name-$index"
    echo "network.host: 127.0.0.1"
    echo "http.port: $((port + index - 1))"
    echo "transport.port: $((transport_port + index - 1))"
    echo "path.data: $dir/data"
    echo "path.logs: $dir/logs"
    if [ "$nodes" = 1 ]; then
      echo "discovery.type: single-node"
    else
      echo "discovery.seed_hosts: $(seed_hosts)"
      echo "cluster.initial_cluster_manager_nodes: $(manager_nodes)"
      [ "$index" -le "$managers" ] || echo "node.roles: [data, ingest]"
    fi
    echo "# A test cluster on a shared disk: never turn indices read-only because the disk is fuller than 85%."
    echo "cluster.routing.allocation.disk.threshold_enabled: false"
    echo "# As many clauses per query as the embedded engine accepts (wjw-search checks it at start)."
    echo "indices.query.bool.max_clause_count: 16384"
  } >"$dir/config/opensearch.yml"
  echo "$((port + index - 1))" >"$dir/http.port"
  [ "$(id -u)" = 0 ] && chown -R "$RUN_USER:" "$dir"
  return 0
}

start_node() {
  local index=$1 dir=$data/$name-$1 java=$2
  if [ -n "$(node_pid "$dir")" ]; then
    say "$name-$index is already running (pid $(node_pid "$dir"))"
    return 0
  fi
  configure_node "$index"
  rm -f "$dir/opensearch.pid"
  # In the background rather than with -d, so that a node that dies while starting is seen at once
  # (with -d the pid file appears only once the node is up); -q keeps the console quiet, the logs
  # go to $dir/logs.
  exec_as_run_user env OPENSEARCH_JAVA_HOME="$java" OPENSEARCH_PATH_CONF="$dir/config" OPENSEARCH_TMPDIR="$dir/tmp" \
    "$home/bin/opensearch" -q -p "$dir/opensearch.pid" </dev/null >"$dir/logs/console.log" 2>&1 &
  echo $! >"$dir/launcher.pid"
}

health() { # prints the cluster health JSON of the first node, or fails
  curl -fsS --max-time 5 "http://127.0.0.1:$port/_cluster/health${1:-}" 2>/dev/null
}

wait_for_cluster() {
  local deadline=$((SECONDS + timeout)) i dir
  while [ $SECONDS -lt $deadline ]; do
    for ((i = 1; i <= nodes; i++)); do
      dir=$data/$name-$i
      if [ -z "$(node_pid "$dir")" ]; then
        tail -n 30 "$dir/logs/console.log" "$dir/logs/$cluster.log" >&2 2>/dev/null || true
        die "$name-$i exited while starting (log above, more in $dir/logs)"
      fi
    done
    if health "?wait_for_status=yellow&wait_for_nodes=$nodes&timeout=2s" | grep -q '"timed_out":false'; then
      return 0
    fi
    sleep 1
  done
  die "the cluster was not yellow with $nodes node(s) after ${timeout}s; logs in $data/$name-*/logs"
}

node_dirs() { # the node directories this invocation is about
  local dir
  for dir in "$data/$name"-*; do
    [ -f "$dir/config/opensearch.yml" ] || continue
    [ -z "$only" ] || [ "$(basename "$dir")" = "$only" ] || continue
    echo "$dir"
  done
}

stop_nodes() { # stops the nodes of node_dirs: TERM, then KILL after 30 s
  local dir pid waited stopped=0
  while read -r dir; do
    [ -n "$dir" ] || continue
    pid=$(node_pid "$dir")
    [ -n "$pid" ] || continue
    stopped=$((stopped + 1))
    kill "$pid"
    waited=0
    while kill -0 "$pid" 2>/dev/null && [ $waited -lt 60 ]; do sleep 0.5; waited=$((waited + 1)); done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; say "$(basename "$dir") (pid $pid) did not stop in 30s: killed"; fi
    say "stopped $(basename "$dir") (pid $pid)"
  done < <(node_dirs)
  # nodes started with --name NAME are NAME-1 …: a stop without the same --name finds none of them
  [ "$stopped" -gt 0 ] || say "no running node $name-* in $data (nodes started with --name need the same --name here)"
}

case "$command" in
  start)
    java=$(java_home)
    install
    ensure_run_user
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown "$RUN_USER:" "$data"
    began=$SECONDS
    # A start that fails stops the nodes, so no half-formed cluster is left holding ports and locks.
    trap 'stop_nodes; exit 1' INT TERM
    for ((i = 1; i <= nodes; i++)); do start_node "$i" "$java"; done
    ( wait_for_cluster ) || { stop_nodes; exit 1; }
    trap - INT TERM
    say "cluster $cluster is $(health | sed -n 's/.*"status":"\([a-z]*\)".*/\1/p') with $nodes node(s) after $((SECONDS - began))s"
    echo "http://127.0.0.1:$port"
    ;;
  status)
    found=0
    while read -r dir; do
      [ -n "$dir" ] || continue
      found=1
      pid=$(node_pid "$dir")
      if [ -n "$pid" ]; then state="running, pid $pid"; else state=stopped; fi
      echo "$(basename "$dir") http://127.0.0.1:$(cat "$dir/http.port") $state"
    done < <(node_dirs)
    [ "$found" = 1 ] || { echo "no nodes named $name-* in $data"; exit 1; }
    health || { echo "cluster: no answer on http://127.0.0.1:$port"; exit 1; }
    echo
    ;;
  stop)
    stop_nodes
    ;;
  *)
    die "usage: $0 start|stop|status [--port N] [--transport-port N] [--nodes N] [--managers N] [--name NAME] [--cluster NAME] [--data DIR] [--heap SIZE] [--node NAME] [--timeout SECONDS]"
    ;;
esac
