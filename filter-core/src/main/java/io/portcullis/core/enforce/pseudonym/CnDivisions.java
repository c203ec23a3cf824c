package io.portcullis.core.enforce.pseudonym;

/**
 * Real county-level division codes (GB/T 2260) for surrogate resident IDs and credit codes: urban
 * districts of large cities, so a surrogate's area prefix is real but says nothing about the person.
 */
final class CnDivisions {

  static final int[] COUNTIES = {
      110101, 110102, 110105, 110106, 110108, // Beijing: Dongcheng, Xicheng, Chaoyang, Fengtai, Haidian
      120101, 120103, 120104, // Tianjin: Heping, Hexi, Nankai
      310101, 310104, 310105, 310106, 310115, // Shanghai: Huangpu, Xuhui, Changning, Jing'an, Pudong
      320102, 320104, 320106, // Nanjing: Xuanwu, Qinhuai, Gulou
      330102, 330105, 330106, // Hangzhou: Shangcheng, Gongshu, Xihu
      370102, 370103, // Jinan: Lixia, Shizhong
      420102, 420106, // Wuhan: Jiang'an, Wuchang
      430102, 430103, // Changsha: Furong, Tianxin
      440103, 440104, 440106, // Guangzhou: Liwan, Yuexiu, Tianhe
      440303, 440304, 440305, // Shenzhen: Luohu, Futian, Nanshan
      500103, 500106, // Chongqing: Yuzhong, Shapingba
      510104, 510105, 510107, // Chengdu: Jinjiang, Qingyang, Wuhou
      610103, 610113, // Xi'an: Beilin, Yanta
  };

  private CnDivisions() {
  }
}
