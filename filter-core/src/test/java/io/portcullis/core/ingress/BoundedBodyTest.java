package io.portcullis.core.ingress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How much a body's buffer reserves before any byte arrived: what the caller declared, within bounds. */
class BoundedBodyTest {

  @Test
  void aDeclaredLengthSizesTheBufferUpToTheCap() {
    assertEquals(16_384, BoundedBody.initialCapacity(16_384, 4_194_304));
  }

  @Test
  void aCallerDeclaringMegabytesReservesNoMoreThanTheCapOrTheLimit() {
    assertEquals(BoundedBody.MAX_PRESIZE, BoundedBody.initialCapacity(4_000_000, 4_194_304));
    assertEquals(1_000, BoundedBody.initialCapacity(4_000_000, 1_000));
  }

  @Test
  void noOrAnEmptyDeclarationGetsTheSmallDefault() {
    assertEquals(1024, BoundedBody.initialCapacity(-1, 4_194_304)); // no header, or not a number
    assertEquals(1024, BoundedBody.initialCapacity(0, 4_194_304));
  }
}
