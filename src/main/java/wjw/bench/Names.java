package wjw.bench;

import java.util.SplittableRandom;

/** Plausible Chinese personal names: a common surname and one or two given-name characters. */
final class Names {
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力斌宇浩凯健俊峰波宁新春晓东海燕鹏程立志红兰云飞鑫雪琳瑞晨阳欣荣国庆";

  private Names() {}

  static String next(SplittableRandom rng) {
    StringBuilder name = new StringBuilder(3);
    name.append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
    // About a quarter of names have a one-character given name, as among real officials.
    int given = rng.nextInt(4) == 0 ? 1 : 2;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
