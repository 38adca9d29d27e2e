# Shared by bin/crash-test and bin/two-nodes: a throwaway PostgreSQL database, packaged application nodes
# started and killed by port, and journeys driven through the REST API with curl. Sourced, not run.

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

# nodes_init NAME: a fresh database and work folder, both removed on exit (the nodes are killed first).
nodes_init() {
  command -v jq >/dev/null || { echo "jq is needed" >&2; exit 2; }
  JAR=${JAR:-$(ls target/lets-talk-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)}
  if [ -z "${JAR}" ] || [ ! -f "${JAR}" ]; then
    echo "Packaging the application (./mvnw -o -DskipTests package)"
    ./mvnw -q -B -o -DskipTests package
    JAR=$(ls target/lets-talk-*.jar | grep -v -- '-plain' | head -n 1)
  fi
  DB="letstalk_$1_$(date +%s)_$$"
  WORK=$(mktemp -d "/tmp/letstalk-$1.XXXXXX")
  NODE_PIDS=()
  psql -q -c "create database ${DB}"
  trap nodes_cleanup EXIT
  echo "Database ${DB}; logs and answers in ${WORK}"
}

nodes_cleanup() {
  local pid
  for pid in "${NODE_PIDS[@]}"; do
    kill -9 "${pid}" 2>/dev/null || true
    { wait "${pid}"; } 2>/dev/null || true
  done
  psql -q -c "drop database if exists ${DB} with (force)" >/dev/null 2>&1 || true
  [ -n "${KEEP_WORK:-}" ] || rm -rf "${WORK}"
}

# start_node N PORT [extra Spring arguments...]: the packaged jar against the database, demo users on, timers
# looked for every second so a due timer fires promptly, and a job locked by a node that died freed after 15 s
# (five minutes by default). The job log names the node that ran each job (hostname nodeN).
start_node() {
  local n=$1 port=$2
  shift 2
  java -Xmx384m -jar "${JAR}" \
    --server.port="${port}" \
    --spring.datasource.url="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}" \
    --spring.datasource.username="${PGUSER}" --spring.datasource.password="${PGPASSWORD:-}" \
    --camunda.bpm.job-execution.max-wait=1000 --camunda.bpm.job-execution.wait-time-in-millis=500 \
    --camunda.bpm.job-execution.lock-time-in-millis=15000 \
    --camunda.bpm.generic-properties.properties.hostname="node${n}" \
    "$@" >>"${WORK}/node${n}.log" 2>&1 &
  NODE_PIDS+=($!)
  eval "NODE${n}_PID=$!"
}

# wait_up PORT: until the node answers its health check (three minutes at most).
wait_up() {
  local port=$1
  for _ in $(seq 1 180); do
    if curl -sf "http://127.0.0.1:${port}/actuator/health" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "node on port ${port} did not start; see ${WORK}" >&2
  return 1
}

# kill_node N: SIGKILL, as a power cut or the OOM killer would end it.
kill_node() {
  local pid_var="NODE$1_PID"
  kill -9 "${!pid_var}" 2>/dev/null || true
  { wait "${!pid_var}"; } 2>/dev/null || true
}

sql() {
  psql -d "${DB}" -qAt -v ON_ERROR_STOP=1 -c "$1"
}

# pick_port PORTS I: with several nodes (PORTS "18081,18082"), the I-th of them in turn, as a round-robin load
# balancer would, skipping a node marked down (a file ${WORK}/down-PORT) as its health check would.
pick_port() {
  local -a ports alive=()
  IFS=, read -r -a ports <<<"$1"
  for p in "${ports[@]}"; do [ -e "${WORK}/down-${p}" ] || alive+=("${p}"); done
  [ ${#alive[@]} -gt 0 ] || alive=("${ports[@]}")
  echo "${alive[$(($2 % ${#alive[@]}))]}"
}

# journey PORTS I ACKS: one person's journey through the REST API, appending to ACKS only what was acknowledged
# (a 2xx answer): "contact <process> <port>", "outcome <process> <OUTCOME>", "concern <process> <port>".
# Every fourth journey reports a safeguarding concern; the others decide the contact (information and advice,
# or a new case that starts the person's involvement), on the next node when there are several.
journey() {
  local port=$1 i=$2 acks=$3 body code answer
  local base="http://127.0.0.1:$(pick_port "${port}" "${i}")" other="http://127.0.0.1:$(pick_port "${port}" $((i + 1)))"
  answer=$(mktemp)
  body=$(jq -nc --arg n "Crash$i$RANDOM" '{givenName:"Nell", familyName:$n, dateOfBirth:"1940-01-01",
    postcode:"M33 7XX", routeOfAccess:"SELF", contactMethod:"PHONE", presentingNeed:"Lonely since her husband died.",
    consentToShare:true}')
  code=$(curl -s -m 30 -o "${answer}" -w '%{http_code}' -u frontdoor:demo -H 'Content-Type: application/json' \
    -d "${body}" "${base}/api/contacts" || true)
  if [ "${code}" != "201" ]; then rm -f "${answer}"; return 0; fi
  local process person task
  process=$(jq -r .processInstanceId "${answer}")
  person=$(jq -r .personId "${answer}")
  task=$(jq -r '.nextTasks[0].id' "${answer}")
  printf 'contact\t%s\t%s\n' "${process}" "${base##*:}" >>"${acks}"
  if [ $((i % 4)) -eq 0 ]; then
    body=$(jq -nc --arg p "${person}" '{personId:$p, personName:"Nell Crash", reportedBy:"A neighbour",
      concernDescription:"Shouting heard at night", abuseType:"PSYCHOLOGICAL", immediateDanger:false}')
    code=$(curl -s -m 30 -o "${answer}" -w '%{http_code}' -u frontdoor:demo -H 'Content-Type: application/json' \
      -d "${body}" "${base}/api/safeguarding-concerns" || true)
    [ "${code}" = "201" ] && printf 'concern\t%s\t%s\n' "$(jq -r .processInstanceId "${answer}")" "${base##*:}" >>"${acks}"
  else
    local outcome
    if [ $((i % 2)) -eq 0 ]; then
      outcome=NEW_CASE
      body='{"variables":{"outcome":{"value":"NEW_CASE"},"outcomeReason":{"value":"Needs a conversation"},
        "allocation":{"value":"NAMED_WORKER"},"allocatedWorker":{"value":"practitioner"}}}'
    else
      outcome=INFORMATION_AND_ADVICE
      body='{"variables":{"outcome":{"value":"INFORMATION_AND_ADVICE"},"outcomeReason":{"value":"Lunch club"},
        "informationGiven":{"value":"Age UK lunch club"}}}'
    fi
    code=$(curl -s -m 30 -o "${answer}" -w '%{http_code}' -u practitioner:demo -H 'Content-Type: application/json' \
      -d "${body}" "${other}/engine-rest/task/${task}/submit-form" || true)
    [ "${code}" = "204" ] && printf 'outcome\t%s\t%s\n' "${process}" "${outcome}" >>"${acks}"
  fi
  rm -f "${answer}"
}

# check_journeys ACKS: loads the acknowledgements and fails (returns 1) on any journey lost, duplicated,
# half-written or at the wrong step, and on any timer that fired other than once.
check_journeys() {
  local acks=$1 failed=0 name query found
  sql "create table crash_ack (kind text, process text, detail text)"
  psql -d "${DB}" -q -c "\\copy crash_ack from '${acks}'"
  echo "Acknowledged: $(sql "select string_agg(kind || ' ' || n, ', ') from (select kind, count(*) n from crash_ack group by kind order by kind) k")"
  local -a checks=(
    "acknowledged contact missing from the record|select a.process from crash_ack a where a.kind = 'contact' and not exists (select 1 from contact c where c.process_instance_id = a.process)"
    "acknowledged outcome not recorded or its process not finished|select a.process from crash_ack a left join contact c on c.process_instance_id = a.process left join act_hi_procinst p on p.id_ = a.process where a.kind = 'outcome' and (c.outcome is distinct from a.detail or p.end_time_ is null)"
    "contact neither waiting for its outcome nor finished with one|select c.process_instance_id from contact c left join act_hi_procinst p on p.id_ = c.process_instance_id where not ((c.outcome is null and p.end_time_ is null and exists (select 1 from act_ru_task t where t.proc_inst_id_ = c.process_instance_id and t.task_def_key_ = 'Task_DecideContactOutcome')) or (c.outcome is not null and p.end_time_ is not null))"
    "new-contact process with no contact record|select p.id_ from act_hi_procinst p where p.proc_def_key_ = 'new-contact' and not exists (select 1 from contact c where c.process_instance_id = p.id_)"
    "person recorded without a contact|select p.id from person p where not exists (select 1 from contact c where c.person_id = p.id)"
    "new case without exactly one open involvement waiting at Let's Talk 1|select c.person_id from contact c where c.outcome = 'NEW_CASE' and ((select count(*) from involvement i where i.person_id = c.person_id and i.status = 'OPEN') <> 1 or (select count(*) from act_ru_task t join act_ru_variable v on v.proc_inst_id_ = t.proc_inst_id_ and v.name_ = 'personId' where t.task_def_key_ = 'Task_HoldLetsTalk1' and v.text_ = c.person_id::text) <> 1)"
    "acknowledged concern missing|select a.process from crash_ack a where a.kind = 'concern' and not exists (select 1 from safeguarding_concern s where s.process_instance_id = a.process)"
    "concern process with no concern record|select p.id_ from act_hi_procinst p where p.proc_def_key_ = 'safeguarding-concern' and not exists (select 1 from safeguarding_concern s where s.process_instance_id = p.id_)"
    "overdue concern whose deadline timer did not fire exactly once|select s.process_instance_id from safeguarding_concern s where s.decision_due_at < now() - interval '1 second' and ((select count(*) from act_hi_actinst h where h.proc_inst_id_ = s.process_instance_id and h.act_id_ = 'Timer_DecisionOverdue') <> 1 or (select count(*) from act_ru_task t where t.proc_inst_id_ = s.process_instance_id and t.task_def_key_ = 'Task_ChaseOverdueDecision') <> 1 or s.decision_escalated_at is null)"
    "incident (a job that failed every retry)|select incident_msg_ from act_ru_incident"
  )
  for check in "${checks[@]}"; do
    name=${check%%|*}
    query=${check#*|}
    found=$(sql "${query}")
    if [ -n "${found}" ]; then
      echo "FAIL: ${name}: $(echo "${found}" | wc -l)"; echo "${found}" | head -n 5 | sed 's/^/  /'
      failed=1
    else
      echo "ok:   no ${name}"
    fi
  done
  return ${failed}
}

# wait_for_overdue_concerns SECONDS: until every concern's deadline has passed and each has been escalated.
wait_for_overdue_concerns() {
  for _ in $(seq 1 "$1"); do
    [ "$(sql "select count(*) from safeguarding_concern where decision_due_at > now() - interval '1 second' or decision_escalated_at is null")" = "0" ] && return 0
    sleep 1
  done
  echo "some concerns past their deadline were not escalated in $1 s" >&2
}

# shared_session PORT1 PORT2: a person signs in to Tasklist on the first node and their requests then alternate
# between the nodes, as a load balancer without sticky sessions sends them; each must find the sign-in (the
# session is in the database). Returns 1 on any request refused.
shared_session() {
  local jar="${WORK}/cookies.txt" code failed=0 i port path
  curl -s -c "${jar}" -b "${jar}" -o /dev/null "http://127.0.0.1:$1/camunda/app/tasklist/default/"
  local xsrf
  xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "${jar}" | tail -n 1)
  code=$(curl -s -c "${jar}" -b "${jar}" -o /dev/null -w '%{http_code}' -H "X-XSRF-TOKEN: ${xsrf}" \
    --data 'username=practitioner&password=demo' "http://127.0.0.1:$1/camunda/api/admin/auth/user/default/login/tasklist")
  [ "${code}" = "200" ] || { echo "FAIL: Tasklist sign-in on node 1: ${code}"; return 1; }
  for i in 1 2 3 4 5 6; do
    port=$([ $((i % 2)) -eq 1 ] && echo "$2" || echo "$1")
    for path in "/camunda/api/engine/engine/default/task/count" "/camunda/api/admin/auth/user/default" "/people?name=Nobody"; do
      code=$(curl -s -c "${jar}" -b "${jar}" -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port}${path}")
      [ "${code}" = "200" ] || { echo "FAIL: ${path} on port ${port} after signing in on $1: ${code}"; failed=1; }
    done
  done
  [ "${failed}" = "0" ] && echo "ok:   a Tasklist sign-in on one node holds on the other (18 requests alternating)"
  return ${failed}
}
