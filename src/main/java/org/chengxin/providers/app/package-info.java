/** Provider use cases: registration (with catalog checks) by a system administrator. */
package org.chengxin.providers.app;
