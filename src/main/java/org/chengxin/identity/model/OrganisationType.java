package org.chengxin.identity.model;

import java.util.Map;

/**
 * The kind of organisation a Unified Social Credit Code was issued to, from its first two
 * characters: registration authority (1 staffing commission, 5 civil affairs, 9 market regulation)
 * and entity type under that authority (GB 32100-2015).
 */
public enum OrganisationType {
  ENTERPRISE('9', '1', SubjectKind.ENTERPRISE, "企业", "enterprise"),
  INDIVIDUAL_BUSINESS('9', '2', SubjectKind.ENTERPRISE, "个体工商户", "individual business"),
  FARMERS_COOPERATIVE(
      '9', '3', SubjectKind.ENTERPRISE, "农民专业合作社", "farmers' specialised cooperative"),
  SOCIAL_GROUP('5', '1', SubjectKind.SOCIAL_ORGANISATION, "社会团体", "social group"),
  PRIVATE_NON_ENTERPRISE_UNIT(
      '5', '2', SubjectKind.SOCIAL_ORGANISATION, "民办非企业单位", "private non-enterprise unit"),
  FOUNDATION('5', '3', SubjectKind.SOCIAL_ORGANISATION, "基金会", "foundation"),
  GOVERNMENT_ORGAN('1', '1', SubjectKind.PUBLIC_INSTITUTION, "机关", "government organ"),
  PUBLIC_INSTITUTION('1', '2', SubjectKind.PUBLIC_INSTITUTION, "事业单位", "public institution"),
  /**
   * Any other pair. Its own kind is ENTERPRISE (most such codes are market entities registered by
   * other authorities); {@link #kindOf} refines this by registration authority. The factory writes
   * {@code Y1} (Y = other authority) for it.
   */
  OTHER('Y', '1', SubjectKind.ENTERPRISE, "其他", "other");

  /** Where the type is unknown, the authority still tells public bodies and civil society apart. */
  private static final Map<Character, SubjectKind> KIND_BY_AUTHORITY =
      Map.of('1', SubjectKind.PUBLIC_INSTITUTION, '5', SubjectKind.SOCIAL_ORGANISATION);

  private final char registrationAuthority;
  private final char typeChar;
  private final SubjectKind subjectKind;
  private final String labelZh;
  private final String labelEn;

  OrganisationType(
      char registrationAuthority,
      char typeChar,
      SubjectKind subjectKind,
      String labelZh,
      String labelEn) {
    this.registrationAuthority = registrationAuthority;
    this.typeChar = typeChar;
    this.subjectKind = subjectKind;
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  /** The type named by a code's first two characters; {@link #OTHER} for any unlisted pair. */
  public static OrganisationType decode(char registrationAuthority, char typeChar) {
    for (OrganisationType type : values()) {
      if (type != OTHER
          && type.registrationAuthority == registrationAuthority
          && type.typeChar == typeChar) {
        return type;
      }
    }
    return OTHER;
  }

  /** The subject kind for a code's first two characters, using the authority when type is OTHER. */
  public static SubjectKind kindOf(char registrationAuthority, char typeChar) {
    OrganisationType type = decode(registrationAuthority, typeChar);
    return type != OTHER
        ? type.subjectKind
        : KIND_BY_AUTHORITY.getOrDefault(registrationAuthority, OTHER.subjectKind);
  }

  public SubjectKind subjectKind() {
    return subjectKind;
  }

  public char registrationAuthority() {
    return registrationAuthority;
  }

  public char typeChar() {
    return typeChar;
  }

  public String labelZh() {
    return labelZh;
  }

  public String labelEn() {
    return labelEn;
  }
}
