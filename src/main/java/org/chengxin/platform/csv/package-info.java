/** RFC 4180 CSV reading (and, for exports, writing) shared by importers. */
package org.chengxin.platform.csv;
