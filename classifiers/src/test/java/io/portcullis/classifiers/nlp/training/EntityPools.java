package io.portcullis.classifiers.nlp.training;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;

/**
 * Where entity surface forms come from: Datafaker's per-locale name and address data, plus short
 * lists written here for what Datafaker lacks (pinyin names in English text, Chinese companies and
 * institutions, foreign places written in Chinese). Every draw goes through one seeded {@link Random},
 * so a seed reproduces the corpus exactly.
 */
final class EntityPools {

  private static final List<String> PINYIN_SURNAMES = List.of("Wang", "Li", "Zhang", "Liu", "Chen",
      "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao",
      "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng");
  private static final List<String> PINYIN_GIVEN = List.of("Wei", "Fang", "Na", "Min", "Jing",
      "Lei", "Yang", "Jun", "Xiaoming", "Hao", "Yan", "Ying", "Jie", "Tao", "Qiang", "Xiuying",
      "Lihua", "Zhiwei", "Haoran", "Yuxuan", "Mei", "Ling", "Chen", "Bo", "Hui", "Xin", "Yu", "Kai");
  private static final List<String> WORLD_PLACES_EN = List.of("London", "Paris", "Berlin", "Tokyo",
      "Singapore", "Hong Kong", "Shanghai", "Beijing", "Shenzhen", "New York", "San Francisco",
      "Toronto", "Sydney", "Dubai", "Frankfurt", "Seoul", "Mumbai", "Zurich", "Amsterdam", "Madrid",
      "California", "Texas", "Bavaria", "Guangdong", "Zhejiang", "Germany", "France", "Japan", "China",
      "Canada", "Brazil", "Kenya", "Vietnam", "the United Kingdom", "the Netherlands",
      "Chicago", "Los Angeles", "Seattle", "Boston", "Houston", "Miami", "Atlanta", "Denver",
      "Washington", "Austin", "Dallas", "Philadelphia", "Phoenix", "Detroit", "Vancouver", "Montreal",
      "Mexico City", "Sao Paulo", "Buenos Aires", "Lima", "Bogota", "Cairo", "Lagos", "Nairobi",
      "Johannesburg", "Istanbul", "Moscow", "Warsaw", "Vienna", "Prague", "Rome", "Milan", "Barcelona",
      "Lisbon", "Dublin", "Edinburgh", "Manchester", "Stockholm", "Oslo", "Copenhagen", "Helsinki",
      "Brussels", "Geneva", "Munich", "Hamburg", "Delhi", "Bangalore", "Karachi", "Jakarta", "Manila",
      "Bangkok", "Kuala Lumpur", "Hanoi", "Taipei", "Osaka", "Melbourne", "Auckland", "Chengdu",
      "Hangzhou", "Guangzhou", "Wuhan", "Nanjing", "Macau", "Tianjin", "Chongqing", "Xi'an",
      "Europe", "Asia", "Africa", "India", "Russia", "Italy", "Spain", "Australia", "Mexico",
      "Switzerland", "Sweden", "Poland", "Turkey", "Egypt", "Nigeria", "Indonesia", "Thailand",
      "Malaysia", "Korea", "South Korea", "Taiwan", "Ireland", "Scotland", "Florida", "New Jersey",
      "Ohio", "Oregon", "Ontario", "Quebec", "Silicon Valley", "Wall Street", "Manhattan", "Brooklyn");
  private static final List<String> ORG_SUFFIX_EN = List.of("Inc.", "Ltd", "LLC", "GmbH", "Group",
      "Holdings", "Corporation", "Technologies", "Partners", "Bank", "Capital", "Labs", "Systems");
  private static final List<String> ORG_STEM_EN = List.of("Acme", "Northwind", "Globex", "Initech",
      "Umbrella", "Stark", "Wayne", "Vandelay", "Hooli", "Pied Piper", "Blue Harbor", "Silverline",
      "Red Maple", "Orion", "Zenith", "Atlas", "Meridian", "Summit", "Crescent", "Evergreen");
  private static final List<String> WORLD_PLACES_ZH = List.of("美国", "英国", "德国", "法国", "日本",
      "新加坡", "香港", "澳门", "台湾", "纽约", "伦敦", "巴黎", "东京", "柏林", "悉尼", "首尔", "迪拜",
      "硅谷", "加州", "洛杉矶", "多伦多", "曼谷", "吉隆坡", "浦东新区", "朝阳区", "海淀区", "南山区",
      "天河区", "西湖区", "滨海新区", "北京", "上海", "深圳", "广州", "杭州", "成都", "武汉", "南京",
      "西安", "重庆", "天津", "苏州", "长沙", "郑州", "青岛", "厦门", "昆明", "大连", "沈阳", "哈尔滨",
      "雄安", "三亚", "拉萨", "乌鲁木齐", "芝加哥", "旧金山", "西雅图", "波士顿", "华盛顿", "温哥华",
      "莫斯科", "罗马", "米兰", "马德里", "阿姆斯特丹", "苏黎世", "日内瓦", "法兰克福", "慕尼黑",
      "大阪", "曼谷", "河内", "雅加达", "孟买", "迪拜", "开罗", "欧洲", "亚洲", "非洲", "俄罗斯",
      "意大利", "西班牙", "澳大利亚", "加拿大", "印度", "韩国", "越南", "泰国", "马来西亚", "巴西",
      "长三角", "珠三角", "粤港澳大湾区", "中关村", "陆家嘴");
  private static final List<String> ZH_GIVEN_CHARS = List.of("伟", "芳", "娜", "敏", "静", "丽", "强",
      "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英",
      "华", "玉", "萍", "红", "建", "文", "辉", "力", "斌", "宇", "浩", "凯", "婷", "雪", "琳", "晨",
      "欣", "怡", "佳", "梓", "睿", "子", "涵", "俊", "鑫", "晓", "志", "宏", "春", "海", "振", "国");
  private static final List<String> ZH_ORG_WORDS = List.of("华信", "恒达", "鼎盛", "天成", "瑞丰",
      "中联", "金桥", "宏图", "博远", "嘉禾", "新元", "远景", "百川", "星河", "云帆", "安泰", "汇通");
  private static final List<String> ZH_ORG_KINDS = List.of("科技有限公司", "贸易有限公司",
      "信息技术有限公司", "股份有限公司", "集团", "实业有限公司", "网络科技有限公司", "医药有限公司",
      "物流有限公司", "投资管理有限公司");
  private static final List<String> ZH_WELL_KNOWN_ORGS = List.of("华为", "腾讯", "阿里巴巴", "百度",
      "字节跳动", "中国工商银行", "中国建设银行", "中国农业银行", "中国银行", "招商银行", "中国移动",
      "中国电信", "国家电网", "中国石化", "清华大学", "北京大学", "复旦大学", "浙江大学", "国家统计局",
      "中国人民银行", "国家卫生健康委员会", "京东", "美团", "小米", "比亚迪");

  /** Person names are split by hash: a quarter appears only in the held-out corpus. */
  private final boolean heldOut;
  private final Random random;
  private final Faker[] englishFakers;
  private final Faker chinese;
  private final Faker english;

  EntityPools(long seed, boolean heldOut) {
    this.heldOut = heldOut;
    this.random = new Random(seed);
    this.english = new Faker(Locale.US, new Random(seed + 1));
    this.englishFakers = new Faker[] {english, new Faker(Locale.UK, new Random(seed + 2)),
        new Faker(Locale.forLanguageTag("de"), new Random(seed + 3)),
        new Faker(Locale.forLanguageTag("fr"), new Random(seed + 4)),
        new Faker(Locale.forLanguageTag("es"), new Random(seed + 5))};
    this.chinese = new Faker(Locale.SIMPLIFIED_CHINESE, new Random(seed + 6));
  }

  Random random() {
    return random;
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  String englishPerson() {
    int r = random.nextInt(10);
    if (r < 2) {
      String given = inPartition(() -> pick(PINYIN_GIVEN));
      return chance(0.3) ? pick(PINYIN_SURNAMES) + " " + given : given + " " + pick(PINYIN_SURNAMES);
    }
    Faker f = r < 6 ? english : englishFakers[random.nextInt(englishFakers.length)];
    String first = inPartition(() -> f.name().firstName());
    String last = inPartition(() -> f.name().lastName());
    if (!heldOut && chance(0.3)) {
      // Invented names teach the model the shape and position of a name, not a list of names.
      if (chance(0.5)) {
        first = inventedName();
      } else {
        last = inventedName();
      }
    }
    if (chance(0.1)) {
      return first + " " + (char) ('A' + random.nextInt(26)) + ". " + last;
    }
    return first + " " + last;
  }

  /** Surname only, for "Mr. X" / "Dr. X" shapes. */
  /** A given name alone, as in "Thanks Anna!" or chat handles (training shapes only). */
  String englishFirstName() {
    if (chance(0.2)) {
      return inPartition(() -> pick(PINYIN_GIVEN));
    }
    Faker f = chance(0.5) ? english : englishFakers[random.nextInt(englishFakers.length)];
    return inPartition(() -> f.name().firstName());
  }

  String englishSurname() {
    return chance(0.2) ? pick(PINYIN_SURNAMES) : inPartition(() -> english.name().lastName());
  }

  private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n",
      "p", "r", "s", "t", "v", "w", "z", "br", "ch", "dr", "gr", "kr", "sh", "st", "th", "tr"};
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
  private static final String[] CODAS = {"", "", "n", "r", "l", "s", "th", "nd", "rt", "ck", "ng", "son",
      "ez", "ski", "berg", "ton", "ley"};

  /** A pronounceable capitalised name that is in no list. */
  String inventedName() {
    StringBuilder sb = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      sb.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
    }
    sb.append(CODAS[random.nextInt(CODAS.length)]);
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  /** Characters common in Chinese given names, beyond Datafaker's short list. */
  private static final String ZH_NAME_CHARS = "安邦宝彬斌冰波博才灿昌超晨成诚承驰崇春淳聪丹道德迪东栋"
      + "恩帆方飞峰锋枫芳芬凤刚高歌光广贵国海涵翰浩和宏鸿华辉慧佳嘉建健江杰洁金锦晋菁敬静娟军俊凯康"
      + "可坤岚朗乐雷磊丽利莉连良亮林琳玲龙鹿璐露曼美梦敏明铭娜楠宁鹏平琪琦倩强乔琴青清晴庆秋全然荣"
      + "瑞睿润森珊善少绍深生晟胜诗石世书舒帅爽顺思松涛婷彤伟炜文雯武熙霞贤翔晓欣新鑫星兴雄秀轩萱雪"
      + "雅亚妍岩彦燕阳洋瑶怡毅逸茵英莹颖永勇友宇雨语玉昱钰元远悦越云泽哲振震正志致智忠洲卓梓子";

  /** Draws until the value falls in this corpus's partition (training: 3/4 of names, held-out: 1/4). */
  private String inPartition(java.util.function.Supplier<String> draw) {
    String v = draw.get();
    for (int i = 0; i < 100 && (Math.floorMod(v.hashCode(), 4) == 0) != heldOut; i++) {
      v = draw.get();
    }
    return v;
  }

  static List<String> pinyinSurnames() {
    return PINYIN_SURNAMES;
  }

  static List<String> worldPlacesEnglish() {
    return WORLD_PLACES_EN;
  }

  static List<String> worldPlacesChinese() {
    return WORLD_PLACES_ZH;
  }

  static List<String> organizationSuffixesEnglish() {
    return ORG_SUFFIX_EN;
  }

  static List<String> organizationKindsChinese() {
    return ZH_ORG_KINDS;
  }

  Faker englishFaker() {
    return english;
  }

  Faker chineseFaker() {
    return chinese;
  }

  private String zhNameChar() {
    return String.valueOf(ZH_NAME_CHARS.charAt(random.nextInt(ZH_NAME_CHARS.length())));
  }

  String englishLocation() {
    return switch (random.nextInt(6)) {
      case 0, 1 -> english.address().city();
      case 2 -> english.address().state();
      case 3 -> english.address().country();
      default -> pick(WORLD_PLACES_EN);
    };
  }

  String englishOrganization() {
    return switch (random.nextInt(5)) {
      case 0, 1 -> english.company().name();
      case 2 -> pick(ORG_STEM_EN) + " " + pick(ORG_SUFFIX_EN);
      case 3 -> english.university().name();
      default -> english.name().lastName() + " " + pick(ORG_SUFFIX_EN);
    };
  }

  /** The ~100 most frequent surnames carry most of the population; rare ones come from Datafaker. */
  private static final String COMMON_ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
      + "许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊"
      + "秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

  /** Two-character surnames; drawn in training only, so the held-out corpus stays as it was. */
  private static final List<String> COMPOUND_ZH_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官",
      "东方", "皇甫", "慕容", "司徒", "夏侯", "令狐", "尉迟", "公孙", "长孙", "宇文", "轩辕", "端木");

  String chinesePerson() {
    if (!heldOut && chance(0.05)) {
      return pick(COMPOUND_ZH_SURNAMES) + inPartition(() -> pick(ZH_GIVEN_CHARS)
          + (chance(0.5) ? zhNameChar() : ""));
    }
    String surname = chance(0.85)
        ? String.valueOf(COMMON_ZH_SURNAMES.charAt(random.nextInt(COMMON_ZH_SURNAMES.length())))
        : chinese.name().lastName();
    return surname + inPartition(() -> switch (random.nextInt(3)) {
      case 0 -> chinese.name().firstName();
      case 1 -> pick(ZH_GIVEN_CHARS) + (chance(0.6) ? pick(ZH_GIVEN_CHARS) : "");
      default -> zhNameChar() + (chance(0.7) ? zhNameChar() : "");
    });
  }

  String chineseLocation() {
    return switch (random.nextInt(7)) {
      case 0, 1 -> chinese.address().city();
      case 2 -> chinese.address().city() + "市";
      case 3 -> chinese.address().state();
      case 4 -> chinese.address().state() + chinese.address().city() + "市";
      case 5 -> chinese.address().city() + "市" + pick(List.of("朝阳区", "高新区", "开发区", "城关区"))
          + chinese.name().lastName() + pick(List.of("街", "路", "巷")) + (1 + random.nextInt(300)) + "号";
      default -> pick(WORLD_PLACES_ZH);
    };
  }

  String chineseOrganization() {
    return switch (random.nextInt(5)) {
      case 0, 1 -> chinese.address().city() + pick(ZH_ORG_WORDS) + pick(ZH_ORG_KINDS);
      case 2 -> pick(ZH_ORG_WORDS) + pick(ZH_ORG_KINDS);
      case 3 -> chinese.university().name();
      default -> chance(0.5) ? pick(ZH_WELL_KNOWN_ORGS)
          : chinese.address().city() + "市" + pick(List.of("第一人民医院", "中心医院", "人民政府", "公安局", "税务局"));
    };
  }
}
