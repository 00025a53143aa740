// nginx from the system packages (Debian: `apt-get install nginx-light`) as the reverse proxy in front of several
// server instances, as a county would run them (issue 17): a configuration of the benchmark's own in a temporary
// directory, one worker, least-connections balancing, keep-alive connections to the instances, and the client's
// address passed on in X-Forwarded-For (the servers run with TRUST_PROXY=loopback). BENCH_NGINX names another binary.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ReverseProxy {
  url: string;
  pid: number; // nginx's master; its workers are its children
  stop(): Promise<void>;
}

/** The nginx binary, or an error that says how to install it. */
function findNginx(): string {
  const candidates = [process.env.BENCH_NGINX, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'];
  const found = candidates.find((file) => file && fs.existsSync(file));
  if (!found)
    throw new Error(
      'bench:load --instances needs nginx as its reverse proxy: install it (Debian/Ubuntu: apt-get install nginx-light) or name it in BENCH_NGINX',
    );
  return found;
}

function configuration(dir: string, port: number, upstreams: number[]): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 20m;
  upstream instances {
    least_conn;
${upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=0;`).join('\n')}
    keepalive 128;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://instances;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_read_timeout 120s;
      proxy_next_upstream off;
    }
  }
}
`;
}

async function waitForPort(url: string, child: { exitCode: number | null }): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}`);
    try {
      await fetch(`${url}/healthz`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not listen on ${url} in 10 s`);
}

/** Starts nginx on port in front of the upstream ports; stop() ends it and removes its directory. */
export async function startReverseProxy(port: number, upstreams: number[]): Promise<ReverseProxy> {
  const nginx = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-nginx-'));
  // Workers run as nobody when nginx starts as root: they must be able to write their temporary files.
  fs.chmodSync(dir, 0o777);
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, configuration(dir, port, upstreams));
  execFileSync(nginx, ['-t', '-q', '-c', file, '-p', dir], { stdio: 'inherit' });
  const child = spawn(nginx, ['-c', file, '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGQUIT'); // nginx's graceful stop: requests in flight are answered
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, stop };
}
