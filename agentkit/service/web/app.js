// The page: sign in, pick or create an agent, chat over the WebSocket (tokens as they stream), the last
// turn's reasoning, tasks with their live status, and the approval inbox. Plain DOM, no framework.
import { ApiError, LiveSocket, restClient } from "./api.js";

const KEY = "agentkit.apiKey";
const $ = (id) => document.getElementById(id);

const state = {
  call: null,
  socket: null,
  agentId: null,
  sessions: new Map(),
  turn: null,
  tasks: new Map(),
  answered: new Map(), // approval id → {item, approved}: kept in the inbox, answered, while the tab lives
  deciding: new Set(), // approval ids whose answer is on its way
};

/** A new element with text; `className` optional. */
function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function badge(status) {
  return el("span", String(status), `badge ${String(status).toLowerCase()}`);
}

function problem(error) {
  return error instanceof ApiError || error instanceof Error ? error.message : String(error);
}

// --------------------------------------------------------------------------- signing in

async function signIn(key) {
  const call = restClient(key);
  await call("GET", "/agents?limit=100"); // refuses a key the service does not know (401)
  sessionStorage.setItem(KEY, key);
  state.call = call;
  state.socket = new LiveSocket(key, { onUpdate, onState });
  $("sign-in").hidden = true;
  $("workspace").hidden = false;
  $("sign-out").hidden = false;
  await loadAgents();
  await refreshApprovals();
  $("message").focus();
}

function signOut() {
  sessionStorage.removeItem(KEY);
  location.reload();
}

function onState(socketState) {
  $("connection").textContent =
    socketState === "open" ? "Signed in · live updates on" : "Signed in · live updates reconnecting…";
}

// --------------------------------------------------------------------------- agents

async function loadAgents(select) {
  const page = await state.call("GET", "/agents?limit=100");
  const chooser = $("agent-select");
  chooser.replaceChildren(...page.items.map((a) => Object.assign(el("option", a.name), { value: a.id })));
  if (page.items.length === 0) {
    $("agent-status").textContent = "No agent yet: create one below.";
    $("agent-form").closest("details").open = true;
    return;
  }
  chooser.value = select ?? (page.items.some((a) => a.id === state.agentId) ? state.agentId : page.items[0].id);
  await chooseAgent(chooser.value, page.items.find((a) => a.id === chooser.value));
}

async function chooseAgent(agentId, agent) {
  state.agentId = agentId;
  state.socket.subscribe(agentId);
  const shown = agent ?? (await state.call("GET", `/agents/${encodeURIComponent(agentId)}`));
  showAgentStatus(shown.status);
  await loadTasks(agentId);
}

function showAgentStatus(status) {
  $("agent-status").replaceChildren("Status: ", badge(status));
}

function sessionOf(agentId) {
  if (!state.sessions.has(agentId)) {
    state.sessions.set(agentId, `web-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  }
  return state.sessions.get(agentId);
}

async function createAgent(form) {
  const data = new FormData(form);
  const configuration = { llmProvider: "bedrock", model: data.get("model") };
  if (data.get("systemPrompt")) configuration.systemPrompt = data.get("systemPrompt");
  const agent = await state.call("POST", "/agents", { name: data.get("name"), configuration });
  form.reset();
  form.closest("details").open = false;
  await loadAgents(agent.id);
}

// --------------------------------------------------------------------------- chat and reasoning

function sendMessage(form) {
  const text = $("message").value.trim();
  if (!text || !state.agentId) return;
  const sessionId = sessionOf(state.agentId);
  const messages = $("messages");
  const mine = el("div", undefined, "user");
  mine.append(el("span", "You", "who"), text);
  const answer = el("div", undefined, "agent");
  const words = el("div", undefined, "text");
  answer.append(el("span", "Agent", "who"), words);
  messages.append(mine, answer);
  messages.setAttribute("aria-busy", "true"); // announced once complete, not token by token
  $("steps").replaceChildren();
  // `paragraph`: where the current model step's text goes; a tool result ends the step, so the next
  // step's tokens start a paragraph of their own rather than running on from the last one's.
  state.turn = { sessionId, words, paragraph: null };
  form.querySelector("button").disabled = true;
  state.socket.send({ action: "chat", agentId: state.agentId, sessionId, message: text });
  $("message").value = "";
  answer.scrollIntoView({ block: "end" });
}

function step(kind, title, detail) {
  const item = el("li", undefined, kind);
  item.append(el("span", title, "kind"));
  if (detail !== undefined) item.append(el("pre", typeof detail === "string" ? detail : JSON.stringify(detail, null, 1)));
  $("steps").append(item);
}

/** Adds `text` to the answer: to the current model step's paragraph, or to a new one if a step ended. */
function say(turn, text) {
  if (!turn.paragraph) {
    turn.paragraph = el("p", "");
    turn.words.append(turn.paragraph);
  }
  turn.paragraph.textContent += text;
}

function onTurnEvent(update) {
  const turn = state.turn;
  const data = update.data;
  switch (update.type) {
    case "token":
      say(turn, data.text);
      return;
    case "tool_call":
      step("tool_call", `Tool call: ${data.name}`, data.input);
      return;
    case "tool_result":
      step("tool_result", `Tool result (${data.status})`, data.content);
      turn.paragraph = null;
      return;
    case "guardrail":
      step("guardrail", `Guardrail ${data.action}`, data.message);
      return;
    case "handoff":
      step("handoff", `Hand-off${data.to ? ` to ${data.to}` : ""}`, data);
      return;
    case "done":
      if (!turn.words.textContent) say(turn, data.answer);
      for (const s of data.steps ?? []) {
        step("tokens", `Model step ${s.step}: ${s.inputTokens} in · ${s.outputTokens} out · ${s.totalTokens} tokens`);
      }
      endTurn();
      return;
    case "error":
      say(turn, ` [${data.message ?? data.code}]`);
      step("error", `Error: ${data.code ?? "failed"}`, data.message);
      endTurn();
  }
}

function endTurn() {
  state.turn = null;
  $("messages").setAttribute("aria-busy", "false");
  $("chat-form").querySelector("button").disabled = false;
}

// --------------------------------------------------------------------------- tasks

function taskRow(taskId) {
  if (!state.tasks.has(taskId)) {
    const row = el("li");
    row.dataset.taskId = taskId;
    $("task-list").prepend(row);
    state.tasks.set(taskId, { row, description: `Task ${taskId}` }); // started elsewhere: its id
  }
  return state.tasks.get(taskId);
}

function showTask(taskId, status, note) {
  const task = taskRow(taskId);
  task.row.replaceChildren(el("span", `${task.description} `), badge(status));
  if (note) task.row.append(el("span", ` ${note}`));
}

/** The agent's tasks as the service has them; later changes arrive over the WebSocket. */
async function loadTasks(agentId) {
  $("task-list").replaceChildren();
  state.tasks.clear();
  $("task-error").textContent = "";
  try {
    const page = await state.call("GET", `/agents/${encodeURIComponent(agentId)}/tasks`);
    for (const task of [...(page.items ?? [])].reverse()) {
      taskRow(task.id).description = task.description;
      showTask(task.id, task.status);
    }
  } catch (error) {
    $("task-error").textContent = `The tasks could not be listed: ${problem(error)}`;
  }
}

async function startTask(form) {
  const data = new FormData(form);
  const body = {
    description: data.get("description"),
    steps: [{ action: data.get("action"), input: data.get("input") }],
    requiresApproval: data.get("requiresApproval") === "on",
  };
  const task = await state.call("POST", `/agents/${encodeURIComponent(state.agentId)}/tasks`, body);
  taskRow(task.id).description = task.description;
  showTask(task.id, task.status);
  form.reset();
  if (body.requiresApproval) await waitForApproval(task.id);
}

/** The workflow asks for approval once it has planned: look for the request for a while. */
async function waitForApproval(taskId) {
  for (let tries = 0; tries < 30; tries += 1) {
    const items = await refreshApprovals();
    if (items.some((item) => JSON.stringify(item).includes(taskId))) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function onTaskEvent(update) {
  const data = update.data;
  if (update.type === "progress") {
    showTask(update.taskId, "running", `step ${data.step} of ${data.totalSteps} (${data.action})`);
  } else if (update.type === "done") {
    showTask(update.taskId, data.status, data.steps === 1 ? "1 step" : `${data.steps} steps`);
    refreshApprovals();
  } else if (update.type === "error") {
    showTask(update.taskId, "failed", data.message);
  }
}

// --------------------------------------------------------------------------- approvals

function approvalId(item) {
  return item.id ?? item.taskId ?? item.execution ?? item.taskToken;
}

async function refreshApprovals() {
  $("approvals-error").textContent = "";
  let waiting;
  try {
    const answer = await state.call("GET", "/approvals");
    waiting = Array.isArray(answer) ? answer : (answer.items ?? []);
  } catch (error) {
    $("approvals-error").textContent = problem(error);
    return [];
  }
  const open = waiting.filter((item) => !state.answered.has(approvalId(item)));
  const rows = [...open.map(waitingRow), ...[...state.answered.values()].map(answeredRow)];
  $("approval-list").replaceChildren(...(rows.length ? rows : [el("li", "Nothing is waiting for you.")]));
  return waiting;
}

function approvalRow(item) {
  const id = approvalId(item);
  const row = el("li");
  row.dataset.approval = id;
  const what = item.description ?? item.subject ?? id;
  row.append(el("p", what));
  if (item.taskId) row.append(el("p", `Task ${item.taskId}`, "help"));
  return row;
}

function answeredRow({ item, approved }) {
  const row = approvalRow(item);
  row.append(el("p", approved ? "Approved: the task goes on." : "Rejected: the task is cancelled."));
  return row;
}

function waitingRow(item) {
  const row = approvalRow(item);
  const what = row.firstChild.textContent;
  const actions = el("div", undefined, "actions");
  for (const [label, approved] of [["Approve", true], ["Reject", false]]) {
    const button = el("button", label, approved ? "" : "secondary");
    button.type = "button";
    button.setAttribute("aria-label", `${label}: ${what}`);
    button.disabled = state.deciding.has(approvalId(item));
    button.addEventListener("click", () => decide(item, approved));
    actions.append(button);
  }
  row.append(actions);
  return row;
}

async function decide(item, approved) {
  const id = approvalId(item);
  state.deciding.add(id);
  for (const button of document.querySelectorAll(`[data-approval="${CSS.escape(id)}"] button`)) {
    button.disabled = true;
  }
  try {
    await state.call("POST", `/approvals/${encodeURIComponent(id)}`, { approved, feedback: "" });
    state.answered.set(id, { item, approved });
  } catch (error) {
    $("approvals-error").textContent = problem(error);
  } finally {
    state.deciding.delete(id);
  }
  const error = $("approvals-error").textContent;
  await refreshApprovals();
  if (error) $("approvals-error").textContent ||= error;
}

// --------------------------------------------------------------------------- live updates

function onUpdate(update) {
  if (update.sessionId && state.turn && update.sessionId === state.turn.sessionId) {
    onTurnEvent(update);
  } else if (update.taskId) {
    if (update.agentId === state.agentId) onTaskEvent(update);
  } else if (update.type === "status" && update.agentId === state.agentId) {
    showAgentStatus(update.data.newStatus);
    if (update.data.newStatus === "waiting") refreshApprovals();
  } else if (update.type === "error" && state.turn) {
    onTurnEvent(update); // a refused chat message (e.g. too long) names no session
  }
}

// --------------------------------------------------------------------------- wiring

/** Runs a form's action, showing its failure in the form's error line instead of throwing. */
function onSubmit(formId, errorId, action) {
  $(formId).addEventListener("submit", async (event) => {
    event.preventDefault();
    if (errorId) $(errorId).textContent = "";
    try {
      await action(event.currentTarget);
    } catch (error) {
      if (errorId) $(errorId).textContent = problem(error);
    }
  });
}

onSubmit("sign-in-form", "sign-in-error", () => signIn($("api-key").value.trim()));
onSubmit("agent-form", "agent-error", createAgent);
onSubmit("chat-form", null, sendMessage);
onSubmit("task-form", "task-error", startTask);
$("message").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    $("chat-form").requestSubmit();
  }
});
$("agent-select").addEventListener("change", (event) => chooseAgent(event.target.value));
$("refresh-approvals").addEventListener("click", refreshApprovals);
$("sign-out").addEventListener("click", signOut);

const saved = sessionStorage.getItem(KEY);
if (saved) signIn(saved).catch(() => sessionStorage.removeItem(KEY));
