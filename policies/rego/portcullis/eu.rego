# EU/EEA origin: GDPR Chapter V transfers and Art. 9 special categories.
package portcullis.eu

import data.portcullis.lib

adequacy := lib.jurisdictions.gdpr_adequate

leaving_eea if {
	lib.is_request
	lib.jurisdiction(lib.origin) == "EU"
	lib.cross_border
}

# Art. 45: a Commission adequacy decision; for the US only DPF-certified organisations.
adequate if lib.destination in adequacy.regions

adequate if {
	lib.destination in adequacy.dpf_regions
	lib.destination_attribute("dpf_certified", false) == true
}

has_safeguards if lib.tenant_attribute("gdpr_mechanism", "") in data.portcullis_data.mechanisms.gdpr

special := lib.matching(lib.groups.gdpr_special)

ordinary := lib.personal - special

unprotected_transfer if {
	leaving_eea
	not adequate
	not has_safeguards
}

verdicts contains lib.verdict("allow", lib.personal, "GDPR_ADEQUACY") if {
	leaving_eea
	adequate
	count(lib.personal) > 0
}

verdicts contains lib.verdict("deny", special, "GDPR_ART9_NO_TRANSFER_MECHANISM") if {
	unprotected_transfer
	count(special) > 0
}

verdicts contains lib.verdict("pseudonymize", ordinary, "GDPR_NO_TRANSFER_MECHANISM") if {
	unprotected_transfer
	count(ordinary) > 0
}

verdicts contains lib.verdict_with("allow", lib.personal, "GDPR_TRANSFER_SAFEGUARDS", obligations) if {
	leaving_eea
	not adequate
	has_safeguards
	count(lib.personal) > 0
	obligations := safeguard_obligations
}

safeguard_obligations := ["GDPR_ART9_CONDITION", "GDPR_RECORD_SAFEGUARDS", "GDPR_TRANSFER_IMPACT_ASSESSMENT"] if {
	count(special) > 0
} else := ["GDPR_RECORD_SAFEGUARDS", "GDPR_TRANSFER_IMPACT_ASSESSMENT"]
