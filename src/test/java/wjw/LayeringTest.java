package wjw;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the stages layered: each package may use only the stages before it, so a change to the HTTP layer
 * or the command line never reaches ingest, and ingest stays free of Lucene.
 */
class LayeringTest {
  private static JavaClasses product;

  @BeforeAll
  static void importProductClasses() {
    product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("wjw");
  }

  @Test
  void ingestKnowsNoLuceneNoHttpAndNoLaterStage() {
    check(noClasses().that().resideInAPackage("wjw.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.apache.lucene..", "io.javalin..", "org.eclipse.jetty..",
            "wjw.analysis..", "wjw.index..", "wjw.search..", "wjw.http..", "wjw.cli..", "wjw.bench.."));
  }

  @Test
  void ingestModelDependsOnNothingElseOfIngest() {
    check(noClasses().that().resideInAPackage("wjw.ingest.model..")
        .should().dependOnClassesThat(resideInAPackage("wjw.ingest..").and(resideOutsideOfPackage("wjw.ingest.model.."))));
  }

  @Test
  void ingestStagesFormNoCycle() {
    check(slices().matching("wjw.ingest.(*)..").should().beFreeOfCycles());
  }

  /**
   * The stages of reading a page, each using only those before it: {@code lines} gives roles once {@code headers}
   * are found and hands text to {@code layout}; all read {@code text}; the entry point ({@code wjw.ingest}) uses them
   * and none uses it.
   */
  @Test
  void ingestStagesUseOnlyTheStagesBeforeThem() {
    check(layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("entry point").definedBy("wjw.ingest")
        .layer("corrections").definedBy("wjw.ingest.corrections..")
        .layer("lines").definedBy("wjw.ingest.lines..")
        .layer("headers").definedBy("wjw.ingest.headers..")
        .layer("layout").definedBy("wjw.ingest.layout..")
        .layer("places").definedBy("wjw.ingest.places..")
        .layer("decode").definedBy("wjw.ingest.decode..")
        .layer("text").definedBy("wjw.ingest.text..")
        .layer("model").definedBy("wjw.ingest.model..")
        .whereLayer("entry point").mayNotBeAccessedByAnyLayer()
        .whereLayer("corrections").mayOnlyBeAccessedByLayers("entry point")
        .whereLayer("lines").mayOnlyBeAccessedByLayers("entry point")
        .whereLayer("headers").mayOnlyBeAccessedByLayers("entry point", "lines")
        .whereLayer("layout").mayOnlyBeAccessedByLayers("entry point", "lines")
        .whereLayer("places").mayOnlyBeAccessedByLayers("entry point", "headers", "layout")
        .whereLayer("decode").mayOnlyBeAccessedByLayers("entry point"));
  }

  @Test
  void analysisUsesOnlyIngest() {
    check(noClasses().that().resideInAPackage("wjw.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.javalin..", "org.eclipse.jetty..", "wjw.index..", "wjw.search..", "wjw.http..", "wjw.cli..", "wjw.bench.."));
  }

  @Test
  void indexKnowsNothingOfSearchHttpOrCommands() {
    check(noClasses().that().resideInAPackage("wjw.index..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.javalin..", "org.eclipse.jetty..", "wjw.search..", "wjw.http..", "wjw.cli..", "wjw.bench.."));
  }

  @Test
  void searchKnowsNoJavalinNoJettyAndNoCommands() {
    check(noClasses().that().resideInAPackage("wjw.search..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.javalin..", "org.eclipse.jetty..", "wjw.http..", "wjw.cli..", "wjw.bench.."));
  }

  @Test
  void theClusterBackendKnowsNoJavalinNoHttpAndNoCommands() {
    check(noClasses().that().resideInAPackage("wjw.opensearch..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.javalin..", "org.eclipse.jetty..", "wjw.http..", "wjw.cli..", "wjw.bench.."));
  }

  @Test
  void onlyTheCommandLineBuildsTheHttpServer() {
    check(noClasses().that().resideOutsideOfPackages("wjw.http..", "wjw.cli..")
        .should().dependOnClassesThat().resideInAPackage("wjw.http.."));
  }

  @Test
  void nothingImportsTheCommandLine() {
    check(noClasses().that().resideOutsideOfPackage("wjw.cli..")
        .should().dependOnClassesThat().resideInAPackage("wjw.cli.."));
  }

  private static void check(ArchRule rule) {
    rule.check(product);
  }
}
