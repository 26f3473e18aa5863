// The PinpointClient every script uses: Tern's URL from TERN_API_URL (infra/bin/test sets it) and the local
// cloud's admin key from TERN_ACCESS_KEY / TERN_SECRET_KEY; nothing else differs from talking to Pinpoint.
import { PinpointClient } from "@aws-sdk/client-pinpoint";

export const apiUrl = process.env.TERN_API_URL;
if (!apiUrl) throw new Error("TERN_API_URL is not set: run through infra/bin/test or against infra/bin/run");

export function client(accessKeyId = process.env.TERN_ACCESS_KEY ?? "AKIDTERNLOCALTEST000",
                       secretAccessKey = process.env.TERN_SECRET_KEY ?? "tern-local-test-secret") {
  return new PinpointClient({
    endpoint: apiUrl,
    region: "us-east-1",
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
  });
}

/** Runs the command and returns the error it must throw (fails the test if it succeeds). */
export async function rejection(pinpoint, command) {
  try {
    await pinpoint.send(command);
  } catch (e) {
    return e;
  }
  throw new Error(`${command.constructor.name} succeeded but should have failed`);
}
