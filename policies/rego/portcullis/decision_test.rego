package portcullis.decision_test

import data.portcullis.decision
import data.portcullis.fixtures

decide(doc) := result if {
	result := decision.result with input as doc with data.entity_catalog as fixtures.catalog
		with data.portcullis_meta.revision as "sha256:test"
}

test_cn_resident_id_to_us_model_is_not_forwarded_in_clear if {
	r := decide(fixtures.request("CN", "US", {}, {}, ["CN_RESIDENT_ID"]))
	r.action == "pseudonymize"
	r.targets == ["CN_RESIDENT_ID"]
	r.reasons[0].regulation == "PIPL Arts. 28, 38-39"
	r.revision == "sha256:test"
}

test_same_decision_with_or_without_categories_in_input if {
	bare := fixtures.request("DE", "US", {}, {}, ["MEDICAL_CONDITION"])
	dressed := object.union(bare, {"findings": [{"type": "MEDICAL_CONDITION", "count": 1, "category": "PERSONAL", "level": 1}]})
	decide(bare) == decide(dressed)
	decide(bare).action == "deny"
}

test_deny_beats_everything_and_targets_the_cause if {
	r := decide(fixtures.request("CN", "US", {"allow_reroute": true}, {}, ["API_KEY", "CN_RESIDENT_ID", "CREDIT_CARD"]))
	r.action == "deny"
	r.targets == ["API_KEY"]
	r.reasons[0].code == "CREDENTIAL_DENY"
	count(r.reasons) == 3
}

test_reroute_beats_masking_and_keeps_pci_targets if {
	r := decide(fixtures.request("CN", "US", {"allow_reroute": true}, {}, ["CN_RESIDENT_ID", "CREDIT_CARD"]))
	r.action == "reroute"
	r.reroute == {"regions": ["CN"], "providers": ["deepseek", "moonshot", "qwen"]}
	r.targets == ["CREDIT_CARD"]
	r.masking == "pseudonymize"
	[x.code | some x in r.reasons] == ["PIPL_SPI_REROUTE", "PCI_PAN_IN_CLEAR"]
}

test_reroute_masks_a_redacted_secret_by_redaction if {
	r := decide(fixtures.request("CN", "US", {"allow_reroute": true, "secrets": "redact"}, {}, ["API_KEY", "CN_RESIDENT_ID", "CREDIT_CARD"]))
	r.action == "reroute"
	r.targets == ["API_KEY", "CREDIT_CARD"]
	r.masking == "redact"
}

test_redact_beats_pseudonymize_and_merges_targets if {
	r := decide(fixtures.request("DE", "US", {"secrets": "redact"}, {}, ["API_KEY", "EMAIL_ADDRESS"]))
	r.action == "redact"
	r.targets == ["API_KEY", "EMAIL_ADDRESS"]
}

test_allow_carries_obligations if {
	r := decide(fixtures.request("DE", "US", {"gdpr_mechanism": "scc"}, {}, ["PERSON"]))
	r.action == "allow"
	r.targets == []
	r.obligations == ["GDPR_RECORD_SAFEGUARDS", "GDPR_TRANSFER_IMPACT_ASSESSMENT"]
	r.reasons[0].code == "GDPR_TRANSFER_SAFEGUARDS"
}

test_within_jurisdiction_nothing_special_is_allowed if {
	r := decide(fixtures.request("CN", "CN", {}, {}, ["CN_RESIDENT_ID", "PERSON"]))
	r == {
		"action": "allow", "targets": [], "masking": "none", "reroute": {"regions": [], "providers": []},
		"reasons": [], "obligations": [], "revision": "sha256:test",
	}
}

test_each_jurisdiction_through_the_decision if {
	decide(fixtures.request("US", "US", {}, {}, ["MEDICAL_CONDITION"])).action == "pseudonymize"
	decide(fixtures.request("RU", "DE", {}, {}, ["PERSON"])).action == "deny"
	decide(fixtures.request("CN", "US", {}, {}, ["IMPORTANT_DATA"])).action == "deny"
	decide(object.union(fixtures.request("US", "US", {}, {}, ["PERSON"]), {"direction": "response"})).action == "redact"
}

test_malformed_input_is_denied if {
	decide({"direction": "sideways"}).action == "deny"
	decide(object.union(fixtures.request("CN", "US", {}, {}, []), {"findings": [{"count": 1}]})).reasons[0].code == "INVALID_INPUT"
	decide(object.remove(fixtures.request("CN", "US", {}, {}, []), ["destination"])).action == "deny"
}

test_revision_unknown_without_meta if {
	r := decision.result with input as fixtures.request("US", "US", {}, {}, []) with data.entity_catalog as fixtures.catalog
	r.revision == "unknown"
}

test_origins_without_rules_of_their_own_meet_the_global_rules if {
	decide(fixtures.request("JP", "US", {}, {}, ["CN_RESIDENT_ID", "PERSON"])).action == "allow"
	decide(fixtures.request("JP", "US", {}, {}, ["API_KEY"])).reasons[0].code == "CREDENTIAL_DENY"
}

test_without_an_origin_the_global_rules_still_speak if {
	r := decide(object.remove(fixtures.request("CN", "US", {}, {}, ["API_KEY"]), ["tenant"]))
	[x.code | some x in r.reasons] == ["CREDENTIAL_DENY", "INVALID_INPUT"]
}
