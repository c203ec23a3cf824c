package portcullis.us_test

import data.portcullis.fixtures
import data.portcullis.us

verdicts(origin, destination_attributes, types) := summary if {
	summary := fixtures.summary(us.verdicts) with input as fixtures.request(origin, "US", {}, destination_attributes, types)
		with data.entity_catalog as fixtures.catalog
}

test_health_data_needs_a_baa if {
	verdicts("US", {}, ["MEDICAL_CONDITION", "PERSON"]) == {["pseudonymize", "HIPAA_NO_BAA", ["MEDICAL_CONDITION"]]}
	verdicts("US", {"hipaa_baa": false}, ["MEDICAL_CONDITION"]) == {["pseudonymize", "HIPAA_NO_BAA", ["MEDICAL_CONDITION"]]}
}

test_baa_provider_receives_health_data if {
	verdicts("US", {"hipaa_baa": true}, ["MEDICAL_CONDITION"]) == set()
}

test_only_us_origin_and_health_data if {
	verdicts("CA", {}, ["MEDICAL_CONDITION"]) == set()
	verdicts("US", {}, ["PERSON", "US_SSN"]) == set()
}
