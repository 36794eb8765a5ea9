/** The HTTP face of the lists: policies, entries with their history, proposals and steps. */
package org.chengxin.lists.web;
