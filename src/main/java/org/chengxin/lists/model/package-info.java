/**
 * The lists' pure domain: list policies as values, an entry's states and the one table of legal
 * transitions between them, with who, when and why recorded for each. Imports only java.* and other
 * capabilities' models.
 */
package org.chengxin.lists.model;
