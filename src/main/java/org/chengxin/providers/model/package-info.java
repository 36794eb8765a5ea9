/**
 * Authorised information providers (信息提供单位) and the rule deciding what each may submit: its record
 * types and its regions. Pure domain: imports only java.*.
 */
package org.chengxin.providers.model;
