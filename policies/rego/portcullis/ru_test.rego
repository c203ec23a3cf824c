package portcullis.ru_test

import data.portcullis.fixtures
import data.portcullis.ru

verdicts(destination, types) := summary if {
	summary := fixtures.summary(ru.verdicts) with input as fixtures.request("RU", destination, {"gdpr_mechanism": "scc"}, {}, types)
		with data.entity_catalog as fixtures.catalog
}

test_personal_data_stays_in_russia if {
	verdicts("DE", ["PERSON", "PHONE_NUMBER"]) == {["deny", "RU_LOCALISATION", ["PERSON", "PHONE_NUMBER"]]}
	verdicts("US", ["IP_ADDRESS"]) == {["deny", "RU_LOCALISATION", ["IP_ADDRESS"]]}
}

test_within_russia_or_nothing_personal_is_fine if {
	verdicts("RU", ["PERSON"]) == set()
	verdicts("US", ["ORGANIZATION"]) == set()
}
