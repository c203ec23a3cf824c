# The one decision the proxy asks for: data.portcullis.decision.result.
#
# Every rule package contributes verdicts; the strictest action wins with the precedence
#   deny > reroute > redact > pseudonymize > allow
# (redact ranks above pseudonymize because nothing of the value leaves, not even a reversible token).
# Targets: for deny, the types that caused the refusal; otherwise every type some rule wants redacted
# or pseudonymized (under redact, pseudonymize targets are redacted too: stricter is always safe).
# Masking: how the targets are masked, also under reroute (a card number stays masked in the new
# region, PCI DSS): redact when any rule wants a redaction, else pseudonymize, else none.
# Reroute lists the acceptable regions and providers. Reasons list every verdict, strictest first, so
# the caller and the auditor see all rules that spoke. With no verdict at all the exchange stays within
# a jurisdiction or carries nothing personal, and is allowed.
package portcullis.decision

import data.portcullis.cn
import data.portcullis.eu
import data.portcullis.global
import data.portcullis.lib
import data.portcullis.response
import data.portcullis.ru
import data.portcullis.us

precedence := {"allow": 0, "pseudonymize": 1, "redact": 2, "reroute": 3, "deny": 4}

masking_actions := {"pseudonymize", "redact"}

verdicts := rule_verdicts | input_errors

# Only the packages that can speak are asked: every jurisdiction and global rule judges requests, the
# response rule responses, and of the jurisdictions only the origin's has rules that can apply (each
# package still checks its own origin and direction, so it is right when read alone). A CN tenant's
# request never evaluates the EU, US or RU rules.
default rule_verdicts := set()

rule_verdicts := global.verdicts | jurisdiction_verdicts if input.direction == "request"

rule_verdicts := response.verdicts if input.direction == "response"

# Without a usable origin region only the global rules speak (and the input is refused as invalid).
default jurisdiction_verdicts := set()

jurisdiction_verdicts := origin_verdicts(lib.origin_jurisdiction)

# Selected by OPA's rule index on the argument; other origins have no rules of their own.
origin_verdicts("CN") := cn.verdicts

origin_verdicts("EU") := eu.verdicts

origin_verdicts("US") := us.verdicts

origin_verdicts("RU") := ru.verdicts

default origin_verdicts(_) := set()

# A malformed input never reaches the rules' silence (which would mean allow): it is refused.
input_errors contains lib.verdict("deny", set(), "INVALID_INPUT") if not valid_input

valid_input if {
	input.direction in {"request", "response"}
	is_string(input.tenant.region)
	is_string(input.destination.region)
	is_array(input.findings)
	every f in input.findings {
		is_string(f.type)
	}
}

default action := "allow"

action := by_rank[max({precedence[v.action] | some v in verdicts})]

by_rank := ["allow", "pseudonymize", "redact", "reroute", "deny"]

targets := sort({t | some v in verdicts; v.action == "deny"; some t in v.targets}) if {
	action == "deny"
} else := sort({t | some v in verdicts; v.action in masking_actions; some t in v.targets})

masking := "redact" if {
	some v in verdicts
	v.action == "redact"
} else := "pseudonymize" if {
	some v in verdicts
	v.action == "pseudonymize"
} else := "none"

reroute := {
	"regions": sort({r | some v in verdicts; v.action == "reroute"; some r in v.reroute.regions}),
	"providers": sort({p | some v in verdicts; v.action == "reroute"; some p in v.reroute.providers}),
}

# Strictest first, then by code, so the first reason is the one that decided (reasons are objects of
# the same keys, so OPA orders them by their first key, the code).
reasons := [entry[1] | some entry in sort({[strictest_first[v.action], v.reason] | some v in verdicts})]

strictest_first := {"deny": 0, "reroute": 1, "redact": 2, "pseudonymize": 3, "allow": 4}

obligations := sort({o | some v in verdicts; some o in v.obligations})

default revision := "unknown"

revision := data.portcullis_meta.revision

result := {
	"action": action,
	"targets": targets,
	"masking": masking,
	"reroute": reroute,
	"reasons": reasons,
	"obligations": obligations,
	"revision": revision,
}
