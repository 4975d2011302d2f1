/**
 * Worker-thread entry: checks the files the command sends, one at a time, with the same per-file
 * function as one job (runFile), and posts each result back as JSON text.
 */
import { parentPort } from "worker_threads";
import type { ResultMessage, TaskMessage } from "./protocol";
import { runTask } from "./task";

if (parentPort) {
  const port = parentPort;
  port.on("message", (message: TaskMessage) => {
    void runTask(message.task).then((result) => {
      const reply: ResultMessage = { id: message.id, json: JSON.stringify(result) };
      port.postMessage(reply);
    });
  });
}
