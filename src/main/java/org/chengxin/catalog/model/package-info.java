/**
 * The closed catalog of credit record types (公共信用信息目录) and the rules a type must pass to enter it.
 * Pure domain code: hides how prohibited categories are recognised and how attribute values are
 * checked, and knows nothing of files, databases or HTTP.
 */
package org.chengxin.catalog.model;
