# Newsprism in a container: docker build -t newsprism . && docker run -p 8501:8501 -v newsprism-data:/app/data newsprism
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    NEWSPRISM_DB_PATH=/app/data/newsprism.sqlite3

WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY app.py ./
COPY analysis ./analysis
COPY pages ./pages
COPY .streamlit ./.streamlit

RUN useradd --create-home newsprism && mkdir -p /app/data && chown newsprism /app/data
USER newsprism
VOLUME ["/app/data"]
EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import urllib.request, sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).read() == b'ok' else 1)"

CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501"]
