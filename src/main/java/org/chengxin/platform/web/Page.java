package org.chengxin.platform.web;

import java.util.List;

/** One page of a listing. {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 500;

  /** Checks paging parameters and returns the row offset. */
  public static int offset(int page, int size) {
    if (page < 0) {
      throw new BadRequest("page", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequest("size", "size must be between 1 and " + MAX_SIZE);
    }
    long offset = (long) page * size;
    if (offset > Integer.MAX_VALUE) {
      throw new BadRequest("page", "page is too large");
    }
    return (int) offset;
  }
}
