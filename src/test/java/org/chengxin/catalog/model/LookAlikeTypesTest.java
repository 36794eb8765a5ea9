package org.chengxin.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengxin.catalog.model.RecordTypeBuilder.aType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Legitimate types whose words resemble prohibited ones must pass the policy untouched. */
class LookAlikeTypesTest {

  private final CatalogPolicy policy = CatalogPolicy.standard();

  @ParameterizedTest(name = "{0} passes")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          food-safety-violation               | Food safety violation                 | 食品安全违法
          medical-device-safety-violation     | Medical device safety violation       | 医疗器械质量安全违法
          medical-insurance-fraud             | Medical insurance fraud               | 欺诈骗取医疗保障基金
          public-health-emergency-violation   | Public health emergency violation     | 违反突发公共卫生事件应急措施
          work-safety-violation               | Work safety violation                 | 安全生产违法
          blood-donation                      | Voluntary blood donation              | 无偿献血
          infectious-disease-control-breach   | Infectious disease control breach     | 违反疾病预防控制措施
          face-value-misstatement             | Bond face value misstatement          | 债券面值虚报
          third-party-guarantee-default       | Third party guarantee default         | 第三方担保违约
          credit-union-member-default         | Credit union member default           | 信用社社员贷款违约
          bankruptcy-petition-fraud           | Fraud in a bankruptcy petition        | 破产申请欺诈
          tourism-industry-violation          | Tourism industry violation            | 旅游行业违规经营
          privacy-information-leak            | Leak of privacy information           | 泄露个人隐私信息
          integrity-education-completed       | Integrity education completed         | 完成诚信教育
          queued-seizure-evasion              | Evading a queued judicial seizure     | 规避司法轮候查封
          culture-market-violation            | Culture market violation              | 文化市场违法经营
          sector-fund-misuse                  | Sector fund misuse                    | 行业基金挪用
          generic-drug-price-violation        | Generic drug price violation          | 仿制药价格违法
          demonstration-zone-award            | Demonstration zone award              | 信用示范区表彰
          good-faith-commitment-kept          | Good faith commitment kept            | 信守诚信承诺
          safety-hazard-unrectified           | Safety hazard left unrectified        | 重大事故隐患有无整改不到位
          national-brand-award                | National brand award                  | 民族品牌奖
          """)
  void legitimateLookAlikePasses(String code, String nameEn, String nameZh) {
    RecordType type = aType(code).named(nameEn, nameZh).build();

    assertThat(policy.check(type)).isEmpty();
  }
}
