/** The HTTP face of providers and their keys. */
package org.chengxin.providers.web;
