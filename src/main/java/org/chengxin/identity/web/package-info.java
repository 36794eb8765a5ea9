/** The HTTP face of identity: subjects and relations, with identifier problems mapped to 400. */
package org.chengxin.identity.web;
