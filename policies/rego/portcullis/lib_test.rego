package portcullis.lib_test

import data.portcullis.fixtures
import data.portcullis.lib

test_category_comes_from_catalog_not_input if {
	doc := {"findings": [{"type": "EMAIL_ADDRESS", "count": 1, "category": "CREDENTIAL"}]}
	lib.credentials == set() with input as doc with data.entity_catalog as fixtures.catalog
	lib.personal == {"EMAIL_ADDRESS"} with input as doc with data.entity_catalog as fixtures.catalog
}

test_unknown_type_counts_as_personal if {
	lib.personal == {"SOMETHING_NEW"} with input as {"findings": [{"type": "SOMETHING_NEW"}]}
		with data.entity_catalog as fixtures.catalog
}

test_zero_count_is_absent if {
	lib.present == {"PERSON"} with input as {"findings": [{"type": "EMAIL_ADDRESS", "count": 0}, {"type": "PERSON"}]}
}

test_except_list_excludes_organisations if {
	lib.personal == {"PERSON"} with input as {"findings": fixtures.findings(["ORGANIZATION", "PERSON"])}
		with data.entity_catalog as fixtures.catalog
}

test_eea_is_one_jurisdiction if {
	lib.jurisdiction("DE") == "EU"
	lib.jurisdiction("NO") == "EU"
	lib.jurisdiction("US") == "US"
	not lib.cross_border with input as fixtures.request("de", "FR", {}, {}, [])
	lib.cross_border with input as fixtures.request("DE", "CH", {}, {}, [])
}

test_reason_message_names_targets if {
	r := lib.reason("RU_LOCALISATION", {"PERSON", "EMAIL_ADDRESS"})
	r.regulation == "152-FZ Art. 18(5), Art. 12"
	endswith(r.message, "(EMAIL_ADDRESS, PERSON)")
	lib.reason("INVALID_INPUT", set()).message == data.portcullis_data.reasons.INVALID_INPUT.message
}

# Runs against the real entity catalog when it is loaded (deploy/test.d/20-rego.sh loads it): a new
# catalog category must be placed as personal or not personal before the rules can be trusted with it.
default catalog_types := {}

catalog_types := data.entity_catalog.types

test_every_catalog_category_is_placed if {
	placed := {c | some c in array.concat(lib.groups.personal.categories, lib.groups.not_personal.categories)}
	every t, entry in catalog_types {
		is_string(t)
		entry.category in placed
	}
}

test_without_a_catalog_every_type_counts_as_personal if {
	lib.personal == {"EMAIL_ADDRESS", "API_KEY"} with input as {"findings": fixtures.findings(["EMAIL_ADDRESS", "API_KEY"])}
		with data.entity_catalog as {}
}
