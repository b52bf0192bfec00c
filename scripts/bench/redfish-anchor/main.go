// redfish-anchor: the anchor of scripts/bench-collect.sh. A minimal Redfish client on Go's standard library
// that sends the GETs discover sent, so discover's CPU per request can be compared with a plain client's in
// the same run. Per BMC: one session (POST SessionService/Sessions), the GETs with PER_BMC in flight, every
// body decoded as JSON, the session deleted; PARALLEL BMCs at once from a sliding window.
//
//	redfish-anchor -urls FILE [-parallel 64] [-per-bmc 2] [-user admin]   (password: $DISCOVER_PASSWORD)
//
// FILE holds one "BASE<TAB>PATH" per line (BASE = https://host:port), in the order discover sent them.
// Certificates are not checked: the fleet is mock-bmc on loopback with self-signed certificates.
package main

import (
	"bufio"
	"bytes"
	"crypto/tls"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type bmc struct {
	base  string
	paths []string
}

var requests, failures int64

func main() {
	urls := flag.String("urls", "", "file of BASE<TAB>PATH lines")
	parallel := flag.Int("parallel", 64, "BMCs at once")
	perBmc := flag.Int("per-bmc", 2, "requests in flight per BMC")
	user := flag.String("user", "admin", "BMC user name")
	flag.Parse()
	bmcs, err := read(*urls)
	if err != nil {
		fmt.Fprintln(os.Stderr, "redfish-anchor:", err)
		os.Exit(2)
	}

	password := os.Getenv("DISCOVER_PASSWORD")
	started := time.Now()
	work := make(chan *bmc)
	var wg sync.WaitGroup
	for i := 0; i < *parallel; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				collect(b, *user, password, *perBmc)
			}
		}()
	}
	for _, b := range bmcs {
		work <- b
	}
	close(work)
	wg.Wait()
	fmt.Printf("bmcs %d requests %d failures %d wall_ms %d\n", len(bmcs), requests, failures, time.Since(started).Milliseconds())
}

func read(path string) ([]*bmc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	index := map[string]*bmc{}
	var order []*bmc
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		base, p, ok := strings.Cut(scanner.Text(), "\t")
		if !ok {
			continue
		}
		b := index[base]
		if b == nil {
			b = &bmc{base: base}
			index[base] = b
			order = append(order, b)
		}
		b.paths = append(b.paths, p)
	}
	return order, scanner.Err()
}

func collect(b *bmc, user, password string, perBmc int) {
	transport := &http.Transport{
		TLSClientConfig:     &tls.Config{InsecureSkipVerify: true},
		MaxConnsPerHost:     perBmc,
		MaxIdleConnsPerHost: perBmc,
	}
	defer transport.CloseIdleConnections()
	client := &http.Client{Transport: transport, Timeout: 60 * time.Second}
	login, _ := json.Marshal(map[string]string{"UserName": user, "Password": password})
	resp, err := client.Post(b.base+"/redfish/v1/SessionService/Sessions", "application/json", bytes.NewReader(login))
	atomic.AddInt64(&requests, 1)
	if err != nil {
		atomic.AddInt64(&failures, 1)
		return
	}
	token, location := resp.Header.Get("X-Auth-Token"), resp.Header.Get("Location")
	decode(resp)

	paths := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < perBmc; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range paths {
				get(client, http.MethodGet, b.base+p, token)
			}
		}()
	}
	for _, p := range b.paths {
		paths <- p
	}
	close(paths)
	wg.Wait()
	if location != "" {
		if !strings.HasPrefix(location, "http") {
			location = b.base + location
		}
		get(client, http.MethodDelete, location, token)
	}
}

func get(client *http.Client, method, url, token string) {
	req, _ := http.NewRequest(method, url, nil)
	req.Header.Set("Accept", "application/json")
	req.Header.Set("OData-Version", "4.0")
	req.Header.Set("X-Auth-Token", token)
	resp, err := client.Do(req)
	atomic.AddInt64(&requests, 1)
	if err != nil {
		atomic.AddInt64(&failures, 1)
		return
	}
	decode(resp)
}

// decode reads the whole body and parses it as JSON, as discover does with every body it keeps.
func decode(resp *http.Response) {
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		atomic.AddInt64(&failures, 1)
		return
	}
	if len(body) > 0 {
		var doc any
		if json.Unmarshal(body, &doc) != nil {
			atomic.AddInt64(&failures, 1)
		}
	}
}
