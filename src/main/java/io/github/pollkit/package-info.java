/** pollkit: public-opinion poll data on the JVM. */
package io.github.pollkit;
