"""Heavy public pages under load (issue 20): clients that fetch the annual
report, the semester summary, the statistics and the innovation export
over and over, each from an address of its own (127.0.0.x: the
per-address bound does not hold them back, only SialipHeavyTotal does),
while wrk measures another page."""
import threading

import requests

from client import FromAddress

PATHS = ["/ppid/laporan/2025.xml", "/ppid/laporan/2025/semester/1.xml",
         "/ppid/statistik.xml?tahun=2025", "/inovasi/ekspor.xml", "/inovasi/"]


class HeavyClients:
    """n clients in threads; each sends its next request as soon as the
    last one is answered (a Retry-After is not honoured: the worst case)."""

    def __init__(self, base, n=8, first_address=40):
        self.base, self.n, self.first = base, n, first_address
        self.stop_flag = threading.Event()
        self.codes = {}
        self.lock = threading.Lock()
        self.threads = []

    def _loop(self, i):
        s = requests.Session()
        s.mount("http://", FromAddress("127.0.0.%d" % (self.first + i)))
        k = i
        while not self.stop_flag.is_set():
            path = PATHS[k % len(PATHS)]
            k += 1
            try:
                code = s.get(self.base + path, timeout=120).status_code
            except requests.RequestException:
                code = "error"
            with self.lock:
                self.codes[code] = self.codes.get(code, 0) + 1

    def start(self):
        for i in range(self.n):
            t = threading.Thread(target=self._loop, args=(i,), daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self):
        self.stop_flag.set()
        for t in self.threads:
            t.join(timeout=180)
        return dict(self.codes)
