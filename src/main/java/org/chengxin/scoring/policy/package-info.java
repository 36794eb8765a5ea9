/**
 * The national policy file: reads {@code policy/national-policy.yaml} into a {@link
 * org.chengxin.scoring.model.NationalPolicy}, refusing unknown fields and naming the field at
 * fault. Hides Jackson from the model.
 */
package org.chengxin.scoring.policy;
