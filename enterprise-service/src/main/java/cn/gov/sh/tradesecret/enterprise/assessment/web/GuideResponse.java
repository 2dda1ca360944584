package cn.gov.sh.tradesecret.enterprise.assessment.web;

import java.util.List;

/** A guide as an enterprise answers it. */
record GuideResponse(String id, String sector, String title, String source, List<Area> areas) {

  record Area(String code, String title, int weight, List<Question> questions) {}

  record Question(String code, String text, int weight, String advice) {}
}
