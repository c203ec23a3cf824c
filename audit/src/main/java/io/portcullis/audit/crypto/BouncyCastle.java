package io.portcullis.audit.crypto;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The one Bouncy Castle provider instance, registered once so JCA lookups by name find it. */
public final class BouncyCastle {
    public static final Provider PROVIDER = install();

    private BouncyCastle() {
    }

    private static Provider install() {
        Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (existing != null) {
            return existing;
        }
        Provider p = new BouncyCastleProvider();
        Security.addProvider(p);
        return p;
    }
}
