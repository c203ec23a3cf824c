# Mainland China: PIPL cross-border rules (Arts. 28, 38-40) and the Data Security Law.
# Only requests leave the country, so only the request direction is judged here.
package portcullis.cn

import data.portcullis.lib

leaving_china if {
	lib.is_request
	lib.origin == "CN"
	lib.destination != "CN"
}

important_data := lib.matching(lib.groups.important_data)

# PIPL Art. 28 sensitive personal information. No volume threshold applies: the CAC provisions of
# March 2024 exempt small volumes of ordinary personal information only, never SPI.
sensitive := lib.matching(lib.groups.pipl_sensitive)

ordinary := lib.personal - sensitive

# Each set is tested by several rules; as rules these tests are evaluated once per decision.
exports_important_data if count(important_data) > 0

has_sensitive if count(sensitive) > 0

has_ordinary if count(ordinary) > 0

has_mechanism if lib.tenant_attribute("pipl_mechanism", "") in data.portcullis_data.mechanisms.pipl

has_separate_consent if lib.tenant_attribute("pipl_separate_consent", false) == true

sensitive_cleared if {
	has_mechanism
	has_separate_consent
}

# Sensitive data without clearance goes to a provider in China when the tenant allows it; the whole
# exchange then stays in China, so ordinary personal information needs no mechanism either.
rerouting if {
	leaving_china
	has_sensitive
	not sensitive_cleared
	lib.tenant_allows_reroute
}

verdicts contains lib.verdict("deny", important_data, "CN_IMPORTANT_DATA_EXPORT") if {
	leaving_china
	exports_important_data
}

verdicts contains lib.verdict_with("allow", sensitive, "PIPL_SPI_TRANSFER_CLEARED", obligations) if {
	leaving_china
	has_sensitive
	sensitive_cleared
	obligations := ["PIPL_IMPACT_ASSESSMENT", "PIPL_RECORD_MECHANISM"]
}

verdicts contains lib.reroute_verdict(sensitive | ordinary, "PIPL_SPI_REROUTE", "CN") if rerouting

verdicts contains lib.verdict("pseudonymize", sensitive, "PIPL_SPI_TRANSFER_NOT_CLEARED") if {
	leaving_china
	has_sensitive
	not sensitive_cleared
	not lib.tenant_allows_reroute
}

verdicts contains lib.verdict("pseudonymize", ordinary, "PIPL_PI_NO_MECHANISM") if {
	leaving_china
	has_ordinary
	not has_mechanism
	not rerouting
}

verdicts contains lib.verdict_with("allow", ordinary, "PIPL_PI_TRANSFER_CLEARED", obligations) if {
	leaving_china
	has_ordinary
	has_mechanism
	not rerouting
	obligations := ["PIPL_IMPACT_ASSESSMENT", "PIPL_RECORD_MECHANISM"]
}
