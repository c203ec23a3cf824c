# US origin: HIPAA. Health information goes only to providers under a business associate agreement.
package portcullis.us

import data.portcullis.lib

health := lib.matching(lib.groups.hipaa_health)

provider_has_baa if lib.destination_attribute("hipaa_baa", false) == true

verdicts contains lib.verdict("pseudonymize", health, "HIPAA_NO_BAA") if {
	lib.is_request
	lib.origin == "US"
	count(health) > 0
	not provider_has_baa
}
