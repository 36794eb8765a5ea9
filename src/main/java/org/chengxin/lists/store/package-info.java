/**
 * The list policy file ({@code lists/list-policies.yaml}), read strictly into {@link
 * org.chengxin.lists.model.ListPolicy} values. Hides Jackson.
 */
package org.chengxin.lists.store;
