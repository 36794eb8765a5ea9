/**
 * The command line ({@code ./chengxin}): serve, demo, synth, import, bench. Hides how each command
 * opens the store and starts (or does not start) the Spring application.
 */
package org.chengxin.cli;
