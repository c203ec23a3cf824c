package io.portcullis.core.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How much a body's buffer reserves before any byte arrived: what the caller declared, within bounds. */
class BoundedBodyTest {

  @Test
  void aDeclaredLengthSizesTheBufferUpToTheCap() {
    assertEquals(16_384, BoundedBody.initialCapacity("16384", 4_194_304));
    assertEquals(16_384, BoundedBody.initialCapacity(" 16384 ", 4_194_304));
  }

  @Test
  void aCallerDeclaringMegabytesReservesNoMoreThanTheCapOrTheLimit() {
    assertEquals(BoundedBody.MAX_PRESIZE, BoundedBody.initialCapacity("4000000", 4_194_304));
    assertEquals(1_000, BoundedBody.initialCapacity("4000000", 1_000));
  }

  @Test
  void noOrAMeaninglessLengthGetsTheSmallDefault() {
    assertEquals(1024, BoundedBody.initialCapacity(null, 4_194_304));
    assertEquals(1024, BoundedBody.initialCapacity("lots", 4_194_304));
    assertEquals(1024, BoundedBody.initialCapacity("0", 4_194_304));
    assertEquals(1024, BoundedBody.initialCapacity("-5", 4_194_304));
    assertEquals(1024, BoundedBody.initialCapacity("99999999999999999999", 4_194_304));
  }
}
