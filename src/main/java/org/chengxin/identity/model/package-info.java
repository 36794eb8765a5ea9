/**
 * Who a credit subject is: the identifier codes (Unified Social Credit Code, resident identity
 * number) with their check characters, regions, names and the roles people hold in organisations.
 *
 * <p>Pure domain: imports only {@code java.*}. It hides the check-character arithmetic, input
 * normalisation and the layout of the bundled region table behind validating records.
 */
package org.chengxin.identity.model;
