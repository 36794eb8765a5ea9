package org.chengxin.catalog.store;

/** A catalog file or record type document that cannot be read; the message names where. */
public final class CatalogFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CatalogFormatException(String message) {
    super(message);
  }

  public CatalogFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
