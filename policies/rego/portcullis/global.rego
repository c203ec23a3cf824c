# Rules that hold everywhere, inside a jurisdiction too: credentials and card numbers.
package portcullis.global

import data.portcullis.lib

card_numbers := lib.matching(lib.groups.pci_pan)

# The tenant chooses whether a secret in a prompt refuses the exchange (default) or is redacted.
redacts_secrets if lib.tenant_attribute("secrets", "deny") == "redact"

has_credentials if count(lib.credentials) > 0

verdicts contains lib.verdict("deny", lib.credentials, "CREDENTIAL_DENY") if {
	lib.is_request
	has_credentials
	not redacts_secrets
}

verdicts contains lib.verdict("redact", lib.credentials, "CREDENTIAL_REDACT") if {
	lib.is_request
	has_credentials
	redacts_secrets
}

# PCI DSS: a primary account number is never forwarded in clear; a pseudonym keeps the prompt usable.
verdicts contains lib.verdict("pseudonymize", card_numbers, "PCI_PAN_IN_CLEAR") if {
	lib.is_request
	count(card_numbers) > 0
}
