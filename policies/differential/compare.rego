# Decides every input of grid.rego under the reference policy set (data.reference.portcullis, the
# rules and data of an earlier commit, renamed by run.sh) and under the candidate (data.portcullis),
# and lists where they differ. An undefined decision is a value here, so it cannot hide a difference.
package differential

inputs := array.concat(array.concat(grid, odd), data.differential_examples)

reference(doc) := r if {
	r := data.reference.portcullis.decision.result with input as doc
} else := "undefined"

candidate(doc) := r if {
	r := data.portcullis.decision.result with input as doc
} else := "undefined"

decided := [[doc, reference(doc), candidate(doc)] | some doc in inputs]

mismatches := [{"input": d[0], "reference": d[1], "candidate": d[2]} | some d in decided; d[1] != d[2]]

# How much of the rules the inputs reach: decisions per action and per reason code (reference side).
report := {
	"compared": count(decided),
	"mismatches": count(mismatches),
	"first_mismatches": array.slice(mismatches, 0, 3),
	"actions": {a: n | some a in {d[1].action | some d in decided}; n := count([1 | some d in decided; d[1].action == a])},
	"reason_codes": {c: n |
		some c in {r.code | some d in decided; some r in d[1].reasons}
		n := count([1 | some d in decided; some r in d[1].reasons; r.code == c])
	},
}
