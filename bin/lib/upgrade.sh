# Shared by bin/upgrade-test and bin/backup-restore-test: journeys left half-way through the REST API and finished
# later, with their checks. Sourced after bin/lib/nodes.sh.

# post USER URL BODY: prints the HTTP status; the answer is in ${WORK}/answer.json.
post() {
  curl -s -m 60 -o "${WORK}/answer.json" -w '%{http_code}' -u "$1:demo" -H 'Content-Type: application/json' \
    -d "$3" "$2" || true
}

# new_contact BASE N: a contact about a person of the run; prints its process instance id.
new_contact() {
  local body code
  body=$(jq -nc --arg n "Upgrade$2x$RANDOM" '{givenName:"Olwen", familyName:$n, dateOfBirth:"1938-02-03",
    postcode:"M33 7XX", routeOfAccess:"SELF", contactMethod:"PHONE", presentingNeed:"Falls at home since the winter.",
    consentToShare:true}')
  code=$(post frontdoor "$1/api/contacts" "${body}")
  [ "${code}" = "201" ] || { echo "contact refused: ${code} $(cat "${WORK}/answer.json")" >&2; return 1; }
  jq -r .processInstanceId "${WORK}/answer.json"
}

# open_tasks KEY: ids of the open tasks of that kind.
open_tasks() {
  sql "select id_ from act_ru_task where task_def_key_ = '$1' order by create_time_"
}

# submit BASE USER TASK VARIABLES-JSON: claims the task and submits its form; fails unless 204.
submit() {
  local code
  code=$(post "$2" "$1/engine-rest/task/$3/claim" "{\"userId\":\"$2\"}")
  [ "${code}" = "204" ] || { echo "claim of $3 by $2: ${code} $(cat "${WORK}/answer.json")" >&2; return 1; }
  code=$(post "$2" "$1/engine-rest/task/$3/submit-form" "{\"variables\":$4}")
  [ "${code}" = "204" ] || { echo "form of $3 by $2: ${code} $(cat "${WORK}/answer.json")" >&2; return 1; }
}

NEW_CASE='{"outcome":{"value":"NEW_CASE"},"outcomeReason":{"value":"Needs a conversation"},
  "allocation":{"value":"NAMED_WORKER"},"allocatedWorker":{"value":"practitioner"}}'
NO_ONGOING_NEED='{"presentingNeeds":{"value":"Getting about the house"},
  "relevantCircumstances":{"value":"Lives alone"},"wellbeingAndOutcomes":{"value":"Stay at home, safe and warm"},
  "strengthsPersonal":{"value":"Determined"},"strengthsNetwork":{"value":"A neighbour looks in"},
  "strengthsCommunity":{"value":"The parish lunch"},"agreedActions":{"value":"Neighbour collects shopping"},
  "participation":{"value":"TOOK_PART"},"advocate":{"value":"NONE"},"carerPresent":{"value":false},
  "outcome":{"value":"NO_ONGOING_NEED"},"outcomeRationale":{"value":"Agreed with her: no ongoing need"},
  "alternativesNotChosen":{"value":"Homecare: not needed"}}'
# The current release also asks how the conversation was held and which risks were explored.
NO_ONGOING_NEED_NOW="${NO_ONGOING_NEED%\}},
  \"heldHow\":{\"value\":\"IN_PERSON\"},\"risksExplored\":{\"value\":\"Falls at night: a pendant alarm agreed\"}}"
APPROVED='{"authorisationDecision":{"value":"APPROVED"},"authorisationReason":{"value":"Agreed"}}'

# decide_all BASE KEY USER VARIABLES: submits every open task of that kind.
decide_all() {
  local task n=0
  for task in $(open_tasks "$2"); do submit "$1" "$3" "${task}" "$4"; n=$((n + 1)); done
  echo "  $2: ${n} submitted by $3"
}
