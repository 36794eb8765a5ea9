package org.chengxin.synth;

import java.util.SplittableRandom;

/** Realistic Chinese names for synthetic persons and organisations. */
final class Names {
  // The most common surnames, roughly in order of frequency; drawn with a skew towards the top.
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
          + "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严";
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕云建国文辉鹏宇浩然欣怡子涵梓轩" + "一诺雨桐思远嘉晨阳海波志峰春梅淑珍凤琴德福庆利立新永成东俊彬婷雪琳倩颖晓";
  private static final String TRADE = "海润鑫泰华宏远恒盛金达顺丰荣成威利瑞祥通宇鸿运锦程东方蓝天石岛龙腾嘉禾汇通昌隆正大";
  private static final String[] INDUSTRY = {
    "海洋食品", "渔业", "机械制造", "纺织服装", "物流", "建筑工程", "医药", "石墨科技", "轮胎", "商贸", "旅游开发", "电子科技", "船舶修造",
    "水产养殖", "新能源"
  };
  private static final String[] SHOP = {"便利店", "餐馆", "水产店", "五金店", "理发店", "农资店"};
  private static final String[] BUREAU = {
    "交通运输局",
    "住房和城乡建设局",
    "市场监督管理局",
    "生态环境局",
    "自然资源局",
    "教育和体育局",
    "卫生健康局",
    "人力资源和社会保障局",
    "民政局",
    "财政局",
    "人民医院",
    "第一中学",
    "供水公司",
    "公共资源交易中心",
    "城市管理局",
    "应急管理局"
  };
  private static final String[] SOCIETY = {"商会", "协会", "培训学校", "慈善基金会", "研究会"};

  private Names() {}

  static String person(SplittableRandom rnd) {
    int i = (int) (SURNAMES.length() * Math.pow(rnd.nextDouble(), 2.2));
    StringBuilder sb = new StringBuilder().append(SURNAMES.charAt(i));
    int given = rnd.nextInt(10) < 7 ? 2 : 1;
    for (int k = 0; k < given; k++) {
      sb.append(GIVEN.charAt(rnd.nextInt(GIVEN.length())));
    }
    return sb.toString();
  }

  static String enterprise(SplittableRandom rnd, String city, long serial) {
    return city
        + pick(rnd, TRADE, 2)
        + pick(INDUSTRY, rnd)
        + (rnd.nextInt(8) == 0 ? "股份" : "")
        + "有限公司"
        + suffix(serial);
  }

  static String individualBusiness(SplittableRandom rnd, String county, long serial) {
    return county + person(rnd) + pick(SHOP, rnd) + suffix(serial);
  }

  static String cooperative(SplittableRandom rnd, String county, long serial) {
    return county + pick(rnd, TRADE, 2) + "村渔业专业合作社" + suffix(serial);
  }

  static String publicBody(SplittableRandom rnd, String county, long serial) {
    return county + pick(BUREAU, rnd) + suffix(serial);
  }

  static String society(SplittableRandom rnd, String city, long serial) {
    return city + pick(rnd, TRADE, 2) + pick(SOCIETY, rnd) + suffix(serial);
  }

  /** Registered names are unique; a serial in brackets (as real registries do) keeps them so. */
  private static String suffix(long serial) {
    return serial < 200 ? "" : "（" + serial + "）";
  }

  private static String pick(String[] options, SplittableRandom rnd) {
    return options[rnd.nextInt(options.length)];
  }

  private static String pick(SplittableRandom rnd, String chars, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      sb.append(chars.charAt(rnd.nextInt(chars.length())));
    }
    return sb.toString();
  }
}
