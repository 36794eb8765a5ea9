package org.chengxin.catalog.model;

import static org.chengxin.catalog.model.Term.en;
import static org.chengxin.catalog.model.Term.enExcept;
import static org.chengxin.catalog.model.Term.zh;
import static org.chengxin.catalog.model.Term.zhExcept;

import java.util.ArrayList;
import java.util.List;

/**
 * The prohibited categories, as data. Terms are chosen to be specific: a bare "medical", "health",
 * "face", "party" or "union" would refuse medical-device safety, public-health emergencies, face
 * value, third parties and credit unions. Harmless phrases cover the remaining collisions.
 */
public final class ProhibitedCategories {

  private static final String PRINCIPLE = "DESIGN principle 1";
  private static final String ART_14 = PRINCIPLE + "; Credit Reporting Regulation Art. 14";
  private static final String DRAFT_2009 = PRINCIPLE + "; Credit Reporting Regulation 2009 draft";

  public static final List<ProhibitedCategory> ALL =
      List.of(
          category(
              "ethnicity",
              "ethnicity",
              "民族",
              DRAFT_2009,
              en(
                  "ethnicity, ethnic, race, racial, ancestry, tribe, tribal, minority nationality,"
                      + " uyghur, uighur, tibetan"),
              zh("族裔 种族 民族成分 民族身份 少数民族 维吾尔 藏族 回族 族别"),
              List.of(zhExcept("民族", "中华民族", "民族品牌", "民族工业", "民族资本"))),
          category(
              "religion",
              "religion or belief",
              "宗教信仰",
              ART_14,
              en(
                  "religion, religious, faith group, faith community, church, mosque, temple,"
                      + " synagogue, monastery, worship, prayer, baptism, atheism, atheist,"
                      + " christian, christianity, catholic, protestant, muslim, islam, islamic,"
                      + " buddhist, buddhism, taoist, daoist, falun, cult, sect, clergy, imam,"
                      + " pastor, priest, monk, nun"),
              zh("宗教 信仰 教会 教堂 清真寺 寺庙 寺院 庙宇 佛教 道教 基督 天主教 伊斯兰 穆斯林 礼拜 邪教 法轮功 朝觐 斋月 教徒"),
              List.of()),
          category(
              "political-opinion",
              "political opinion or affiliation",
              "政治观点或党派",
              DRAFT_2009 + " (party affiliation, family background)",
              en(
                  "political, politics, political party, party membership, party member,"
                      + " party affiliation, communist, dissident, dissent, ideology, ideological,"
                      + " family background, class background, family origin, class origin"),
              zh(
                  "政治面貌 政治倾向 政治观点 政治立场 政治信仰 政治活动 政治身份 政治态度 党员 党籍"
                      + " 党派 政党 家庭出身 家庭成分 阶级成分 出身成分 政见 意识形态 异见"),
              List.of()),
          category(
              "petitions-protests",
              "petitions and protests",
              "信访与抗议",
              PRINCIPLE,
              en(
                  "petitioner, protest, protester, demonstrator, street demonstration,"
                      + " mass demonstration, sit in, labour strike, labor strike, strike action,"
                      + " xinfang, letters and visits, mass incident"),
              zh("越级访 进京访 缠访 闹访 集体访 抗议 示威 静坐 罢工 请愿 群体性事件 非法集会 参加集会"),
              List.of(
                  enExcept(
                      "petition",
                      "bankruptcy petition",
                      "court petition",
                      "petition for retrial",
                      "petition for enforcement"),
                  zhExcept("上访", "线上访", "网上访"),
                  zhExcept("信访", "诚信访", "征信访"),
                  zhExcept("游行", "旅游行", "导游行", "出游行", "游行业"))),
          category(
              "trade-union",
              "trade-union membership",
              "工会会员身份",
              PRINCIPLE,
              en(
                  "trade union, labour union, labor union, union membership, unionise, unionize,"
                      + " unionised, unionized, union activity, union organiser, union organizer"),
              zh("工会会员 工会成员 加入工会 参加工会 组建工会 工会活动 工会身份 工会组织"),
              List.of(enExcept("union member", "credit union member"))),
          category(
              "health",
              "health and medical history",
              "健康与病史",
              ART_14 + " (blood type, diseases, medical history)",
              en(
                  "medical history, medical record, medical condition, health record, health"
                      + " status, health condition, health data, health information, illness,"
                      + " sickness, diagnosis, chronic condition, mental illness, mental health,"
                      + " psychiatric, hiv, pregnancy, pregnant, blood type, blood group,"
                      + " disability status, patient record, drug test"),
              zh(
                  "病史 病历 既往病 健康状况 健康档案 健康信息 健康数据 病情 诊断结果 诊断记录 诊断证明"
                      + " 患病 血型 体检结果 体检报告 精神病 艾滋 残疾状况 怀孕 孕情 生育状况 医疗记录"
                      + " 就诊记录 住院记录"),
              List.of(
                  enExcept("disease", "disease control", "disease prevention"),
                  zhExcept("疾病", "疾病预防", "疾病防控", "疾病控制"))),
          category(
              "genetic",
              "genetic data",
              "基因信息",
              ART_14 + " (genes)",
              en("genetic, gene, genome, genomic, genotype, dna, hereditary, heredity, chromosome"),
              zh("基因 遗传 染色体"),
              List.of()),
          category(
              "biometric",
              "biometric data",
              "生物识别信息",
              ART_14 + " (fingerprints)",
              en(
                  "biometric, biometrics, fingerprint, finger print, palm print, palmprint, iris,"
                      + " retina, retinal, face template, face image, face photo, face scan, face"
                      + " data, face print, faceprint, face recognition, facial, voice print,"
                      + " voiceprint, gait, vein pattern"),
              zh("人脸 面部 面容 刷脸 指纹 虹膜 视网膜 声纹 掌纹 步态 生物识别 生物特征 静脉识别"),
              List.of()),
          category(
              "sexual-life",
              "sexual life or orientation",
              "性生活与性取向",
              PRINCIPLE,
              en(
                  "sexual orientation, sexual life, sexual behaviour, sexual behavior, sexual"
                      + " history, sexual preference, sexual partner, sex life, sexuality,"
                      + " homosexual, heterosexual, bisexual, gay, lesbian, transgender, lgbt,"
                      + " lgbtq"),
              zh("性取向 同性恋 双性恋 异性恋 跨性别 性伴侣 性倾向 性偏好 性经历"),
              List.of(zhExcept("性生活", "性生活用品", "性生活垃圾", "性生活必需"))),
          category(
              "location-traces",
              "location traces",
              "行踪轨迹",
              PRINCIPLE,
              en(
                  "gps, geolocation, location trace, location track, location history, location"
                      + " data, location record, location log, trajectory, whereabouts, movement"
                      + " trace, movement history, travel history, travel trace, itinerary, cell"
                      + " tower, hotel stay, check in record"),
              zh("行踪 轨迹 定位信息 定位数据 定位记录 位置信息 位置数据 位置记录 出行记录 行程记录 住宿记录 基站定位"),
              List.of()),
          category(
              "private-communications",
              "private communications",
              "私人通信",
              PRINCIPLE + "; PRC Constitution Art. 40",
              en(
                  "private message, private communication, private correspondence, chat,"
                      + " text message, sms content, sms message, sms record, phone record,"
                      + " call record, call log, call detail, email content, wiretap, intercepted"),
              zh("通信内容 通讯内容 通话记录 通话内容 聊天记录 聊天内容 短信内容 短信记录 邮件内容 私人信件 微信聊天 电话录音 窃听"),
              List.of(zhExcept("私信", "隐私信"))),
          category(
              "online-speech",
              "online speech",
              "网络言论",
              PRINCIPLE,
              en(
                  "online speech, online post, online comment, online remark, internet post,"
                      + " internet speech, social media, weibo, wechat moment, blog, blogger,"
                      + " tweet, forum post, netizen, speech, rumour, rumor"),
              zh("言论 网帖 发帖 帖子 网络评论 微博 朋友圈 谣言 舆情 网络发言 博客"),
              List.of()));

  private ProhibitedCategories() {}

  private static ProhibitedCategory category(
      String id,
      String labelEn,
      String labelZh,
      String basis,
      List<Term> english,
      List<Term> chinese,
      List<Term> guarded) {
    List<Term> terms = new ArrayList<>(english);
    terms.addAll(chinese);
    terms.addAll(guarded);
    return new ProhibitedCategory(id, labelEn, labelZh, basis, terms);
  }
}
