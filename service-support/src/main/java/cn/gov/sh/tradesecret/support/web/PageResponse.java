package cn.gov.sh.tradesecret.support.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, as every list endpoint of the platform returns it. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapping) {
    return new PageResponse<>(
        page.getContent().stream().map(mapping).toList(),
        page.getNumber(),
        page.getSize(),
        page.getTotalElements(),
        page.getTotalPages());
  }
}
