package org.chengxin.catalog.model;

/**
 * One reason a record's attributes do not fit its type.
 *
 * @param attribute the attribute name as submitted
 * @param message one sentence naming the attribute and what is wrong with it
 */
public record AttributeError(String attribute, String message) {}
