// Preloaded (`node -r`) into every process `npm start` starts: when `npm start` itself is gone
// (killed with SIGKILL, its terminal closed), the child is re-parented, notices within a second and
// stops itself the normal way (SIGTERM), instead of holding its port until someone finds it.
'use strict';

const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
