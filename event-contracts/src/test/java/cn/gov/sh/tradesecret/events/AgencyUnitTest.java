package cn.gov.sh.tradesecret.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.sh.tradesecret.events.reference.AgencyType;
import cn.gov.sh.tradesecret.events.reference.AgencyUnit;
import org.junit.jupiter.api.Test;

class AgencyUnitTest {

  @Test
  void readsUnitIdsOfEveryAgency() {
    assertThat(AgencyUnit.parse("MR-310117"))
        .contains(new AgencyUnit(AgencyType.MARKET_REGULATION, "310117"));
    assertThat(AgencyUnit.parse("PROC-310000"))
        .contains(new AgencyUnit(AgencyType.PROCURATORATE, "310000"));
    assertThat(AgencyUnit.parse("PSB-31LG00"))
        .contains(new AgencyUnit(AgencyType.POLICE, "31LG00"));
  }

  @Test
  void refusesWhatIsNotAUnit() {
    assertThat(AgencyUnit.parse("MR-999999")).isEmpty();
    assertThat(AgencyUnit.parse("FBI-310117")).isEmpty();
    assertThat(AgencyUnit.parse("MR310117")).isEmpty();
    assertThat(AgencyUnit.parse(null)).isEmpty();
  }

  @Test
  void municipalUnitCoversEveryDistrictAndDistrictUnitOnlyItsOwn() {
    assertThat(AgencyUnit.parse("MR-310000").orElseThrow().covers("310117")).isTrue();
    assertThat(AgencyUnit.parse("MR-310104").orElseThrow().covers("310117")).isFalse();
    assertThat(AgencyUnit.parse("MR-310117").orElseThrow().covers("310117")).isTrue();
  }
}
