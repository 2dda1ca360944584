package cn.gov.sh.tradesecret.pilots.healthcheck;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A finding of a health check, in one category, with the rectifications it requires. */
@Entity
@Table(name = "health_check_finding")
public class Finding {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  private FindingCategory category;

  private String description;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @JoinColumn(name = "finding_id", nullable = false)
  @OrderColumn(name = "position", nullable = false)
  private List<RectificationItem> rectifications = new ArrayList<>();

  protected Finding() {}

  Finding(FindingCategory category, String description, List<RectificationItem> rectifications) {
    this.id = UUID.randomUUID();
    this.category = category;
    this.description = description;
    this.rectifications = new ArrayList<>(rectifications);
  }

  public UUID getId() {
    return id;
  }

  public FindingCategory getCategory() {
    return category;
  }

  public String getDescription() {
    return description;
  }

  public List<RectificationItem> getRectifications() {
    return rectifications;
  }
}
